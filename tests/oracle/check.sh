#!/bin/sh
# tests/oracle/check.sh PROGRAM.py [run|lesson] - compares refviz's trace of
# a program (or a lesson) with the one CPython 3.11 writes for it, through
# the oracle of the snapshot format (tests/oracle/cpython_trace.py and
# compare.py, copies of ../shared/oracle; tests/oracle/synced.sh checks the
# copies).  compare.py must say EQUAL on its default fields, unless the
# program is in tests/oracle/known-differences, which names the fields left
# out for it and why; a listed program must still differ on the fields left
# out, so that the list only shrinks.
#
# The same expected trace also checks refviz's CPython engine, the tracer
# share/tracer/refviz_trace.py (`refviz run --engine cpython`): its
# `--format json` trace must be EQUAL too, under its own list,
# tests/oracle/tracer-known-differences (same format; the differences of
# refviz's model, such as not running a class's __repr__, are not the
# tracer's, which runs on CPython itself).  When run-program.sh passes the
# program's expectations (REFVIZ_EXPECT_OUT, a file of the expected stdout,
# and REFVIZ_EXPECT_ERR, the expected last stderr line or empty), the
# tracer's run must also print them and exit as python3 does: the tracer
# must not change what the program does.  The tracer's list may also drop
# "trace": the trace is not compared, but what the program does still is.
# REFVIZ_TRACER=0 leaves the tracer out.
# Exit 0 equal (or as listed), 1 different, 77 the oracle cannot run here.
set -u
prog=$1
mode=${2:-run}
refviz=${REFVIZ:-./src/refviz}
python=${PYTHON3:-python3}
here=$(cd "$(dirname "$0")" && pwd)
top=${top_srcdir:-$(cd "$here/../.." && pwd)}
tracer=$top/share/tracer/refviz_trace.py
case $refviz in /*) ;; *) refviz=$(pwd)/$refviz ;; esac

# `make check REFVIZ_ORACLE=0` leaves the comparison out (the CI's
# sanitizer and distcheck runs, after the plain run has compared);
# tests/oracle/available.sh then says so.
if [ "${REFVIZ_ORACLE:-1}" = 0 ]; then
    echo "SKIP oracle: REFVIZ_ORACLE=0"
    exit 77
fi
if ! "$python" -c 'import sys; sys.exit(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11))' 2> /dev/null; then
    echo "SKIP oracle: $python is not CPython 3.11, which the oracle needs"
    exit 77
fi

# The program's path from the top of the source tree names it in the lists.
abs=$(cd "$(dirname "$prog")" && pwd)/$(basename "$prog")
rel=${abs#"$top"/}
listed() { # LIST: the program's entry in it
    awk -v p="$rel" '$1 == p { print; exit }' "$here/$1"
}
entry=$(listed known-differences)
drop=$(printf '%s\n' "$entry" | awk '{ print $2 }')
tentry=$(listed tracer-known-differences)
tdrop=$(printf '%s\n' "$tentry" | awk '{ print $2 }')
[ "${REFVIZ_TRACER:-1}" = 0 ] && tdrop=all

# "all": not compared (the oracle cannot trace it in reasonable time, or
# the entry's reason says why it cannot be compared field by field); the
# tracer's "trace": run for what the program does, its trace not compared.
if [ "$drop" = all ] && [ "$tdrop" = all ]; then
    echo "note: $rel: not compared ($entry)"
    exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvoracle.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
cd "$(dirname "$abs")" || exit 1
base=$(basename "$abs")
# The expected trace, unless neither refviz's nor the tracer's is compared.
if [ "$drop" != all ] || [ "$tdrop" != trace ]; then
    timeout 300 "$python" -W ignore "$here/cpython_trace.py" "$base" \
        > "$tmp/expected.json" 2> "$tmp/oracle.err" < /dev/null
    if [ ! -s "$tmp/expected.json" ]; then
        echo "FAIL (oracle): cpython_trace.py wrote no trace for $rel"
        head -20 "$tmp/oracle.err"
        exit 1
    fi
fi

all=structure,event,line,stdout,error,mutable,refcount,size,repr,change,freed
# compare WHO ACTUAL ENTRY DROP LIST: ACTUAL against the expected trace.
compare() {
    who=$1 actual=$2 entry=$3 drop=$4 list=$5
    "$python" "$here/compare.py" "$tmp/expected.json" "$actual" --all > "$tmp/full" 2>&1
    full=$?
    if [ -z "$entry" ]; then
        [ $full -eq 0 ] && return 0
        echo "FAIL (oracle): $who's trace of $rel differs from CPython's:"
        head -40 "$tmp/full"
        return 1
    fi
    if [ $full -eq 0 ]; then
        echo "FAIL (oracle): $rel is in tests/oracle/$list but $who's trace is now EQUAL: remove it"
        return 1
    fi
    # The fields still compared: all but those the entry drops.
    fields=$all
    for f in $(printf '%s' "$drop" | tr ',' ' '); do
        fields=$(printf '%s' ",$fields," | sed "s/,$f,/,/; s/^,//; s/,\$//")
    done
    if ! "$python" "$here/compare.py" "$tmp/expected.json" "$actual" --all \
            --fields "$fields" > "$tmp/some" 2>&1; then
        echo "FAIL (oracle): $who's trace of $rel differs from CPython's beyond its known difference ($drop):"
        head -40 "$tmp/some"
        return 1
    fi
    return 0
}

status=0
if [ "$drop" != all ]; then
    "$refviz" "$mode" --engine model "$base" --format json --max-output 0 > "$tmp/actual.json" 2> /dev/null < /dev/null
    compare refviz "$tmp/actual.json" "$entry" "$drop" known-differences || status=1
fi
if [ "$tdrop" != all ]; then
    # The trace on file descriptor 3; the program's own output passes
    # through (--echo) to be checked against its expectations.
    timeout 300 "$python" -W ignore "$tracer" --echo --trace-fd 3 "$base" \
        3> "$tmp/tracer.json" > "$tmp/tracer.out" 2> "$tmp/tracer.err" < /dev/null
    rc=$?
    if [ "$tdrop" != trace ]; then
        compare "the tracer (refviz_trace.py)" "$tmp/tracer.json" "$tentry" "$tdrop" \
            tracer-known-differences || status=1
    fi
    if [ -n "${REFVIZ_EXPECT_OUT:-}" ]; then
        want=0
        [ -n "${REFVIZ_EXPECT_ERR:-}" ] && want=1
        got=$(grep -v '^[[:space:]]*$' "$tmp/tracer.err" | tail -n 1)
        if ! cmp -s "$REFVIZ_EXPECT_OUT" "$tmp/tracer.out" || [ $rc -ne $want ] ||
                { [ -n "${REFVIZ_EXPECT_ERR:-}" ] && [ "$got" != "$REFVIZ_EXPECT_ERR" ]; }; then
            echo "FAIL (tracer): refviz_trace.py changed what $rel does (exit status $rc, expected $want):"
            diff -u "$REFVIZ_EXPECT_OUT" "$tmp/tracer.out" | head -20
            head -20 "$tmp/tracer.err"
            status=1
        fi
    fi
fi
exit $status
