#!/bin/sh
# The HTML stepper: every lesson's page, and pages of programs with
# functions, classes and generators, opened from file:// in headless
# chromium and stepped through with the keyboard (tests/browser/stepper.cjs
# checks them against the JSON trace and the SVG export).  Skips (77),
# saying why, without chromium, node or tests/browser/node_modules
# (./bootstrap installs them).  REFVIZ_SHOTS=DIR keeps the screenshots.
set -u
R=${REFVIZ:-./src/refviz}
cd "${top_srcdir:-.}" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvhtml.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0
no() { echo "FAIL: $*"; fail=1; }

# Without a browser: the page is one file that loads nothing.
"$R" lesson shallow-copy --format html -o "$tmp/sc.html" || no "lesson --format html"
"$R" lesson shallow-copy -o "$tmp/by-name.html" || no "-o FILE.html picks html"
cmp -s "$tmp/sc.html" "$tmp/by-name.html" || no "-o FILE.html differs from --format html"
grep -q '<script type="application/json" id="rv-data">' "$tmp/sc.html" || no "no step data"
if grep -E -q '(src|href)="(https?:)?//' "$tmp/sc.html"; then no "the page loads something"; fi
size=$(wc -c < "$tmp/sc.html")
[ "$size" -lt 300000 ] || no "shallow-copy's page is $size bytes (98 KB when written)"
n=$(grep -c '^{"n":' "$tmp/sc.html")
[ "$n" -eq 8 ] || no "shallow-copy's page has $n steps, not 8"
[ "$(grep -c '</script>' "$tmp/sc.html")" -eq 2 ] || no "a '</script' inside the data"
"$R" run -c 'print("</script><!--")' --format html > "$tmp/esc.html" || no "run -c --format html to stdout"
[ "$(grep -c '</script>' "$tmp/esc.html")" -eq 2 ] || no "'</script>' in the program is not escaped"

# A 1,000-step program's page stays under 10 MB (7.7 MB when written).
printf 'items = []\nfor i in range(330):\n    items.append(i * 2)\n    last = items[-1]\nprint(len(items))\n' \
    > "$tmp/long.py"
"$R" run "$tmp/long.py" --format html -o "$tmp/long.html" || no "a long program's page"
[ "$(grep -c '^{"n":' "$tmp/long.html")" -gt 900 ] || no "the long program has fewer than 900 steps"
size=$(wc -c < "$tmp/long.html")
[ "$size" -lt 10000000 ] || no "a 1,000-step page is $size bytes"

CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$CHROMIUM" ]; then
    echo "SKIP: no chromium to test the HTML pages in (apt-get install chromium, or ./bootstrap)"
    [ "$fail" -eq 0 ] && exit 77 || exit 1
fi
if ! command -v node > /dev/null 2>&1 || [ ! -d tests/browser/node_modules/puppeteer-core ]; then
    echo "SKIP: no node or tests/browser/node_modules (cd tests/browser && npm ci, or ./bootstrap)"
    [ "$fail" -eq 0 ] && exit 77 || exit 1
fi

# Each page with its JSON trace (but loops-and-memory's, 1.5 GB: its page
# is checked against the SVG export alone) and its SVG export; screenshots
# of a few.
specs=""
for py in lessons/*.py; do
    name=$(basename "$py" .py)
    "$R" lesson "$py" --format html -o "$tmp/$name.html" || no "$name html"
    json=$tmp/$name.json
    case $name in
        loops-and-memory) json=- ;;
        *) "$R" lesson "$py" --format json -o "$json" || no "$name json" ;;
    esac
    "$R" lesson "$py" --format svg -o "$tmp/$name-svg" || no "$name svg"
    case $name in
        shallow-copy|function-arguments|linked-structures) shot=:shots ;;
        *) shot= ;;
    esac
    specs="$specs $tmp/$name.html:$json:$tmp/$name-svg$shot"
done
shot=
for py in tests/programs/functions/closures_nonlocal.py tests/programs/classes/class_in_function.py \
          tests/programs/generators/fibonacci.py; do
    name=run-$(basename "$py" .py)
    "$R" run "$py" --format html -o "$tmp/$name.html" || no "$name html"
    "$R" run "$py" --format json -o "$tmp/$name.json" || no "$name json"
    "$R" run "$py" --format svg -o "$tmp/$name-svg" || no "$name svg"
    specs="$specs $tmp/$name.html:$tmp/$name.json:$tmp/$name-svg${shot:-}"
    shot=:shots
done
shots=${REFVIZ_SHOTS:-$tmp/shots}
mkdir -p "$shots"
# shellcheck disable=SC2086
NODE_PATH=tests/browser/node_modules node tests/browser/stepper.cjs "$CHROMIUM" "$shots" $specs || fail=1
exit $fail
