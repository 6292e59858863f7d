#!/bin/sh
# refviz trace show: a recorded trace drawn later is what the run draws.
# For test programs (generators, exceptions, classes, deep recursion) and
# the lessons, `run P --format F [opts]` and `run P --format delta -o d &&
# trace show d --format F [opts]` write the same bytes (text, json, html,
# svg; jsonl and delta too); from the full JSON trace (and JSON Lines, and
# an indented JSON document) the JSON outputs are the same and, for the
# programs whose steps it describes whole (no generator, no exception bound
# later), so are text and html.  Missing, cut, garbage and directory FILEs
# and the options that record a run are refused with the man page's exit
# statuses.
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
cd "${top_srcdir:-.}" || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvshow.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail=0

# record CMD DIR FILE: the delta and JSON traces of a run (or lesson)
record() {
    cmd=$1 dir=$2 file=$3
    (cd "$dir" && "$R" $cmd --format delta -o "$tmp/t.delta" "$file") > /dev/null 2>&1
    (cd "$dir" && "$R" $cmd --format json --max-output 64M -o "$tmp/t.json" "$file") > /dev/null 2>&1
}

# same WHAT TRACE CMD DIR FILE FORMAT [options]: trace show TRACE writes
# what CMD FILE writes
same() {
    what=$1 trace=$2 cmd=$3 dir=$4 file=$5 fmt=$6
    shift 6
    rm -rf "$tmp/a" "$tmp/b"
    case $fmt in
    svg | png)
        (cd "$dir" && "$R" $cmd --format "$fmt" -o "$tmp/a" "$@" "$file") > /dev/null 2>&1
        "$R" trace show "$trace" --format "$fmt" -o "$tmp/b" "$@" 2> "$tmp/err"
        ;;
    json | jsonl)
        # a lesson's full trace passes 1 GB: both stop at the same step
        (cd "$dir" && "$R" $cmd --format "$fmt" --max-output 64M "$@" "$file") > "$tmp/a" 2> /dev/null
        "$R" trace show "$trace" --format "$fmt" --max-output 64M "$@" > "$tmp/b" 2> "$tmp/err"
        ;;
    *)
        (cd "$dir" && "$R" $cmd --format "$fmt" "$@" "$file") > "$tmp/a" 2> /dev/null
        "$R" trace show "$trace" --format "$fmt" "$@" > "$tmp/b" 2> "$tmp/err"
        ;;
    esac
    rc=$?
    [ $rc -eq 1 ] && grep -q 'trace stops after step' "$tmp/err" && rc=0
    if [ $rc -ne 0 ]; then
        echo "FAIL: trace show ($what) of $dir/$file --format $fmt $*: exit $rc"
        cat "$tmp/err"
        fail=1
    elif ! diff -r "$tmp/a" "$tmp/b" > /dev/null; then
        echo "FAIL: $dir/$file --format $fmt $*: trace show of its $what trace differs from $cmd"
        diff -r "$tmp/a" "$tmp/b" | head -5 | cut -c1-200
        fail=1
    fi
}

programs="tests/golden/rebind_and_free.py tests/golden/error_midway.py
tests/golden/dict_and_set.py
tests/programs/generators/fibonacci.py tests/programs/generators/send_values.py
tests/programs/exceptions/raise_class.py tests/programs/exceptions/try_finally_uncaught.py
tests/programs/exceptions/traceback_keeps_frames.py
tests/programs/classes/recursion_through_init.py tests/programs/frames/return_value.py
tests/programs/functions/recursion_error.py tests/programs/cs1/memo_fib.py"
for py in $programs; do
    [ -f "$py" ] || continue
    dir=$(dirname "$py") file=$(basename "$py")
    record "run --engine model" "$dir" "$file"
    for fmt in text json html; do
        same delta "$tmp/t.delta" "run --engine model" "$dir" "$file" $fmt
    done
    same JSON "$tmp/t.json" "run --engine model" "$dir" "$file" json
    # (JSON Lines write the error first: a JSON trace cut by --max-output
    # has the limit's, the run's JSON Lines the program's)
    grep -q 'reached the output limit' "$tmp/t.json" ||
        same JSON "$tmp/t.json" "run --engine model" "$dir" "$file" jsonl
done
# svg, and options, on fewer
for py in tests/golden/shallow_copy.py tests/programs/generators/fibonacci.py \
    tests/programs/exceptions/try_except_as.py; do
    dir=$(dirname "$py") file=$(basename "$py")
    record "run --engine model" "$dir" "$file"
    same delta "$tmp/t.delta" "run --engine model" "$dir" "$file" svg
    # (run --final also keeps a module level except clause's step)
    if [ "$file" != try_except_as.py ]; then
        same delta "$tmp/t.delta" "run --engine model" "$dir" "$file" svg --final
        same JSON "$tmp/t.json" "run --engine model" "$dir" "$file" json --final
    fi
    same delta "$tmp/t.delta" "run --engine model" "$dir" "$file" text --steps statements \
        --max-items 2 --max-depth 2 --heap all --detail full --show-classes
    same delta "$tmp/t.delta" "run --engine model" "$dir" "$file" html --step 2 --theme dark
    same delta "$tmp/t.delta" "run --engine model" "$dir" "$file" delta
done
# the full JSON trace draws the same where it describes the steps whole
for py in tests/golden/rebind_and_free.py tests/programs/cs1/permutations.py; do
    dir=$(dirname "$py") file=$(basename "$py")
    record "run --engine model" "$dir" "$file"
    same JSON "$tmp/t.json" "run --engine model" "$dir" "$file" text
    same JSON "$tmp/t.json" "run --engine model" "$dir" "$file" html
    (cd "$dir" && "$R" run --engine model --format jsonl -o "$tmp/t.jsonl" "$file") > /dev/null 2>&1
    same "JSON Lines" "$tmp/t.jsonl" "run --engine model" "$dir" "$file" text
    python3 -m json.tool "$tmp/t.json" > "$tmp/indented.json" 2> /dev/null &&
        same "indented JSON" "$tmp/indented.json" "run --engine model" "$dir" "$file" json
done

# the lessons: their traces say they are lessons (default --steps
# statements or marked, the title and summary)
for py in lessons/*.py; do
    name=$(basename "$py")
    record lesson lessons "$name"
    for fmt in text json; do
        same delta "$tmp/t.delta" lesson lessons "$name" $fmt
    done
    case $name in
    shallow-copy.py | generators.py)
        same delta "$tmp/t.delta" lesson lessons "$name" html ;;
    esac
    same JSON "$tmp/t.json" lesson lessons "$name" json
done
record lesson lessons shallow-copy.py
same delta "$tmp/t.delta" lesson lessons shallow-copy.py svg --layout slide --step 3
same delta "$tmp/t.delta" lesson lessons shallow-copy.py png --step 2 --dpi 50

# standard input
(cd tests/golden && "$R" run --format text rebind_and_free.py) > "$tmp/a"
(cd tests/golden && "$R" run --format delta rebind_and_free.py) | "$R" trace show - > "$tmp/b"
cmp -s "$tmp/a" "$tmp/b" || { echo "FAIL: trace show - (standard input)"; fail=1; }

# a --final trace shows its last step; --final of a whole trace, its last
printf 'a = [1]\nb = a\nb.append(2)\nprint(a)\n' > "$tmp/p.py"
"$R" run --format delta --final -o "$tmp/final.delta" "$tmp/p.py"
"$R" run --format json --final "$tmp/p.py" > "$tmp/a"
"$R" trace show "$tmp/final.delta" -f json > "$tmp/b"
cmp -s "$tmp/a" "$tmp/b" || { echo "FAIL: a --final delta trace as JSON"; fail=1; }
(cd "$tmp" && "$R" run --format text --final p.py) > "$tmp/a"
"$R" trace show "$tmp/final.delta" > "$tmp/b"
cmp -s "$tmp/a" "$tmp/b" || { echo "FAIL: a --final delta trace as text"; fail=1; }
"$R" run --format delta -o "$tmp/whole.delta" "$tmp/p.py"
"$R" trace show "$tmp/whole.delta" --final > "$tmp/b"
(cd "$tmp" && "$R" run --format text --final p.py) > "$tmp/a"
cmp -s "$tmp/a" "$tmp/b" || { echo "FAIL: trace show --final of a whole trace"; fail=1; }

# errors: exit status (refviz(1), EXIT STATUS) and message
expect() { # STATUS TEXT COMMAND...: fails unless COMMAND exits STATUS saying TEXT
    want=$1 text=$2
    shift 2
    "$@" > /dev/null 2> "$tmp/err"
    rc=$?
    if [ $rc -ne "$want" ] || ! grep -q -- "$text" "$tmp/err"; then
        echo "FAIL: $* exited $rc (want $want, saying '$text'):"
        cat "$tmp/err"
        fail=1
    fi
}
"$R" run --format delta -o "$tmp/ok.delta" "$tmp/p.py"
"$R" run --format json -o "$tmp/ok.json" "$tmp/p.py"
head -n 3 "$tmp/ok.delta" > "$tmp/cut.delta"
head -c 700 "$tmp/ok.json" > "$tmp/cut.json"
printf 'hello, world\n' > "$tmp/garbage"
printf '{"format": "something-else"}\n' > "$tmp/foreign.json"
printf '{"format":"refviz-delta","version":2}\n{"l": [\n' > "$tmp/badline.delta"
: > "$tmp/empty"
mkdir "$tmp/dir"
expect 3 "cannot open '$tmp/missing'" "$R" trace show "$tmp/missing"
expect 3 "ends before its end line" "$R" trace show "$tmp/cut.delta"
expect 3 "cut short" "$R" trace show "$tmp/cut.json"
expect 3 "not a refviz trace" "$R" trace show "$tmp/garbage"
expect 3 "not a refviz trace" "$R" trace show "$tmp/foreign.json"
expect 3 "badline.delta:2:" "$R" trace show "$tmp/badline.delta"
expect 3 "empty" "$R" trace show "$tmp/empty"
expect 3 "is a directory" "$R" trace show "$tmp/dir"
expect 3 "not a refviz-delta" "$R" trace expand "$tmp/ok.json"
expect 2 "missing FILE" "$R" trace show
expect 2 "too many arguments" "$R" trace show "$tmp/ok.delta" "$tmp/ok.delta"
expect 2 "is for recording a run" "$R" trace show --engine model "$tmp/ok.delta"
expect 2 "is for recording a run" "$R" trace show --max-steps 3 "$tmp/ok.delta"
expect 2 "unknown format" "$R" trace show -f gif "$tmp/ok.delta"
expect 2 "need -o DIR" "$R" trace show -f svg "$tmp/ok.delta"
expect 2 "--step 99" "$R" trace show --step 99 "$tmp/ok.delta"
expect 2 "unknown subcommand" "$R" trace draw "$tmp/ok.delta"
# a trace without the program's code (another tool's): --steps
# statements needs it, lines does not
python3 -c "
import json, sys
t = json.load(open(sys.argv[1]))
del t['source']['code']
json.dump(t, open(sys.argv[2], 'w'))
" "$tmp/ok.json" "$tmp/nocode.json"
expect 2 "does not carry the program's code" "$R" trace show --steps statements "$tmp/nocode.json"
"$R" trace show --steps lines "$tmp/nocode.json" > /dev/null ||
    { echo "FAIL: --steps lines of a trace without code"; fail=1; }
# a recorded error is data: trace show exits 0
"$R" run --format delta -o "$tmp/raised.delta" -c 'x = [1]
x[5]' > /dev/null 2>&1
"$R" trace show "$tmp/raised.delta" > "$tmp/out" ||
    { echo "FAIL: trace show of a trace that raised"; fail=1; }
grep -q "IndexError" "$tmp/out" || { echo "FAIL: the recorded error is not shown"; fail=1; }

# help
"$R" trace --help | grep -q "trace show" || { echo "FAIL: trace --help"; fail=1; }
"$R" trace show --help | grep -q -- "--steps MODE" || { echo "FAIL: trace show --help"; fail=1; }
"$R" help trace | grep -q "trace show" || { echo "FAIL: help trace"; fail=1; }
"$R" --help | grep -q "trace show FILE" || { echo "FAIL: --help lists trace show"; fail=1; }

# the README's long-run example
printf 't = 0\nfor i in range(30):\n    t += i\n' > "$tmp/loop.py"
(cd "$tmp" && sed -n 's/^    \(refviz \(run loop.py\|trace\) .*\)$/\1/p' "$OLDPWD/README.md" |
    sed 's/ *#.*//' | sed "s|^refviz|'$R'|" > readme.sh && sh -e readme.sh) > /dev/null 2>&1 ||
    { echo "FAIL: the README's long-run example"; fail=1; }
[ -s "$tmp/last.svg" ] && [ -s "$tmp/loop.html" ] || { echo "FAIL: the README's example wrote nothing"; fail=1; }
exit $fail
