#!/bin/sh
# The step limit: refviz run without --format records nothing and, like
# python3, runs as long as the program does; a recorded trace stops at
# --max-steps (100000 by default) with a message saying how to raise it.
set -u
R=${REFVIZ:-./src/refviz}
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvcli.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT

hint='(raise the limit with --max-steps N, or --max-steps 0 for none)'

# The tutorial's loop: two million steps, no limit without --format.
cat > "$tmp/loop.py" <<'PY'
numbers = list(range(1000000))
total = 0
for n in numbers:
    total += n
print(total, sum(numbers))
PY
"$R" run "$tmp/loop.py" > "$tmp/out" 2> "$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || { echo "FAIL: the tutorial loop exited $rc"; cat "$tmp/err"; fail=1; }
[ "$(cat "$tmp/out")" = "499999500000 499999500000" ] || { echo "FAIL: the tutorial loop's output"; cat "$tmp/out"; fail=1; }
[ -s "$tmp/err" ] && { echo "FAIL: the tutorial loop wrote to stderr"; cat "$tmp/err"; fail=1; }

# An explicit --max-steps still stops a run that records nothing.
"$R" run --max-steps 50 -c 'while True: pass' > "$tmp/out" 2> "$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || { echo "FAIL: --max-steps 50 without --format exited $rc"; fail=1; }
[ "$(cat "$tmp/err")" = "refviz: stopped after 50 steps at <string>:1 $hint" ] ||
    { echo "FAIL: step limit message"; cat "$tmp/err"; fail=1; }

# Recording: 100000 steps by default, the trace still written.
"$R" run --format json --final -o "$tmp/t.json" -c 'while True: pass' > "$tmp/out" 2> "$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || { echo "FAIL: the default limit with --format exited $rc"; fail=1; }
[ "$(cat "$tmp/err")" = "refviz: stopped after 100000 steps at <string>:1 $hint" ] ||
    { echo "FAIL: default step limit message"; cat "$tmp/err"; fail=1; }
grep -q '"stopped after 100000 steps"' "$tmp/t.json" || { echo "FAIL: the trace's error at the limit"; fail=1; }

# --max-steps 0 lifts it.
"$R" run --format json --final --max-steps 0 -o "$tmp/t.json" \
    -c 'for i in range(60000): pass' > "$tmp/out" 2> "$tmp/err" ||
    { echo "FAIL: --max-steps 0 with --format"; cat "$tmp/err"; fail=1; }

# The help and the man page give the defaults.
"$R" help run > "$tmp/out"
grep -q 'by default no limit' "$tmp/out" || { echo "FAIL: help run: the default without --format"; fail=1; }
grep -q 'else 100000' "$tmp/out" || { echo "FAIL: help run: the default with --format"; fail=1; }
grep -q 'The default is 100000 when a trace is recorded' "$top_srcdir/man/refviz.1" ||
    { echo "FAIL: man page: the default"; fail=1; }
exit $fail
