#!/bin/sh
# CLI exit codes and messages: 0 ok, 1 the program raised, 2 usage, 3 I/O.
set -u
R=${REFVIZ:-./src/refviz}
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvcli.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT

expect_status() { # want cmd...
    want=$1
    shift
    "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null
    got=$?
    if [ "$got" -ne "$want" ]; then
        echo "FAIL: '$*' exited $got, expected $want"
        cat "$tmp/err"
        fail=1
    fi
}

expect_status 0 "$R" --help
grep -q '^Usage: refviz' "$tmp/out" || { echo "FAIL: --help text"; fail=1; }
expect_status 0 "$R" --version
grep -q '^refviz [0-9]' "$tmp/out" || { echo "FAIL: --version text"; fail=1; }
expect_status 0 "$R" help run
grep -q -- '--max-steps' "$tmp/out" || { echo "FAIL: help run lists --max-steps"; fail=1; }
expect_status 2 "$R"
expect_status 2 "$R" --bogus
grep -q "Try 'refviz --help'" "$tmp/err" || { echo "FAIL: unknown option hint"; fail=1; }
[ "$(wc -l < "$tmp/err")" -eq 2 ] || { echo "FAIL: unknown option message is not one line + hint"; fail=1; }
expect_status 2 "$R" frobnicate
expect_status 2 "$R" run --bogus x.py
expect_status 2 "$R" run --format svg -c 'x = 1'
expect_status 2 "$R" run
expect_status 3 "$R" run /nonexistent/prog.py
expect_status 0 "$R" run -c 'print(1 + 1)'
[ "$(cat "$tmp/out")" = 2 ] || { echo "FAIL: run -c output"; fail=1; }
expect_status 1 "$R" run -c '[][0]'
[ "$(tail -n 1 "$tmp/err")" = "IndexError: list index out of range" ] || { echo "FAIL: traceback last line"; fail=1; }
grep -q '^Traceback (most recent call last):' "$tmp/err" || { echo "FAIL: traceback header"; fail=1; }
expect_status 1 "$R" run -c 'x = (1,'
grep -q '^SyntaxError: ' "$tmp/err" || { echo "FAIL: SyntaxError report"; fail=1; }
expect_status 1 "$R" run --engine model -c 'input()'
grep -q '^refviz: unsupported: input()' "$tmp/err" || { echo "FAIL: unsupported report"; cat "$tmp/err"; fail=1; }
printf 'print("from stdin")\n' > "$tmp/p.py"
"$R" run - < "$tmp/p.py" > "$tmp/out" 2>&1
[ "$(cat "$tmp/out")" = "from stdin" ] || { echo "FAIL: run - reads stdin"; fail=1; }
# A runaway loop stops at the step limit with file:line and keeps the trace.
expect_status 1 "$R" run --max-steps 50 --format json -o "$tmp/t.json" -c 'while True: pass'
grep -q 'refviz: stopped after 50 steps at <string>:1' "$tmp/err" || { echo "FAIL: step limit message"; cat "$tmp/err"; fail=1; }
grep -q '"steps"' "$tmp/t.json" || { echo "FAIL: trace written at the step limit"; fail=1; }
# Every option the help texts list is documented in the man page.
man="$top_srcdir/man/refviz.1"
for opt in $( { "$R" --help; "$R" help run; "$R" help lesson; "$R" help check; } | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    esc=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
    grep -q -- "$esc" "$man" || { echo "FAIL: $opt is not in man/refviz.1"; fail=1; }
done
exit $fail
