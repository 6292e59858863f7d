#!/bin/sh
# The File lines of tracebacks, as python3 prints them: a script's path made
# absolute by prefixing the working directory (not normalized), "<string>"
# for -c and "<stdin>" for stdin, whose lines are not shown.  The JSON trace
# keeps the path as given.  Compared with python3 itself when it is 3.11.
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
py=${PYTHON3:-python3}
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvtb.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/sub"
printf 'x = [1]\nx.apend\n' > "$tmp/p.py"
cd "$tmp/sub" || exit 1
dir=$(pwd -P)

expect_file_line() { # want args...
    want=$1
    shift
    "$R" run "$@" < "$tmp/p.py" > /dev/null 2> "$tmp/err"
    got=$(sed -n 2p "$tmp/err")
    if [ "$got" != "$want" ]; then
        echo "FAIL: refviz run $*: $got"
        echo "  expected: $want"
        fail=1
    fi
}
expect_file_line "  File \"$dir/../p.py\", line 2, in <module>" ../p.py
expect_file_line "  File \"$dir/./../p.py\", line 2, in <module>" ./../p.py
expect_file_line "  File \"$tmp/p.py\", line 2, in <module>" "$tmp/p.py"
expect_file_line '  File "<stdin>", line 2, in <module>' -
expect_file_line '  File "<string>", line 2, in <module>' -c "$(cat "$tmp/p.py")"
"$R" run -c "$(cat "$tmp/p.py")" 2> "$tmp/err"
[ "$(wc -l < "$tmp/err")" -eq 3 ] || { echo "FAIL: -c traceback shows a source line"; cat "$tmp/err"; fail=1; }
"$R" run --format json -o "$tmp/t.json" ../p.py 2> /dev/null
grep -q '"path": *"\.\./p\.py"' "$tmp/t.json" || { echo "FAIL: trace source.path is not as given"; fail=1; }

if "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2> /dev/null; then
    for args in ../p.py ./../p.py "$tmp/p.py"; do
        "$R" run "$args" > /dev/null 2> "$tmp/rv"
        "$py" "$args" > /dev/null 2> "$tmp/py"
        cmp -s "$tmp/rv" "$tmp/py" || { echo "FAIL: stderr of $args differs from python3:"; diff "$tmp/py" "$tmp/rv"; fail=1; }
    done
    "$R" run - < "$tmp/p.py" > /dev/null 2> "$tmp/rv"
    "$py" - < "$tmp/p.py" > /dev/null 2> "$tmp/py"
    cmp -s "$tmp/rv" "$tmp/py" || { echo "FAIL: stderr of stdin differs from python3:"; diff "$tmp/py" "$tmp/rv"; fail=1; }
fi
exit $fail
