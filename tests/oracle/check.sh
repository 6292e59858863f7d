#!/bin/sh
# tests/oracle/check.sh PROGRAM.py [run|lesson] - compares refviz's trace of
# a program (or a lesson) with the one CPython 3.11 writes for it, through
# the oracle of the snapshot format (tests/oracle/cpython_trace.py and
# compare.py, copies of ../shared/oracle; tests/oracle/synced.sh checks the
# copies).  compare.py must say EQUAL on its default fields, unless the
# program is in tests/oracle/known-differences, which names the fields left
# out for it and why; a listed program must still differ on the fields left
# out, so that the list only shrinks.
# Exit 0 equal (or as listed), 1 different, 77 the oracle cannot run here.
set -u
prog=$1
mode=${2:-run}
refviz=${REFVIZ:-./src/refviz}
python=${PYTHON3:-python3}
here=$(cd "$(dirname "$0")" && pwd)
top=${top_srcdir:-$(cd "$here/../.." && pwd)}
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

# The program's path from the top of the source tree names it in the list.
abs=$(cd "$(dirname "$prog")" && pwd)/$(basename "$prog")
rel=${abs#"$top"/}
entry=$(awk -v p="$rel" '$1 == p { print; exit }' "$here/known-differences")
drop=$(printf '%s\n' "$entry" | awk '{ print $2 }')

# "all": not compared (the oracle cannot trace it in reasonable time, or
# the entry's reason says why it cannot be compared field by field).
[ "$drop" = all ] && { echo "note: $rel: not compared ($entry)"; exit 0; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvoracle.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$(dirname "$abs")" || exit 1
base=$(basename "$abs")
timeout 300 "$python" -W ignore "$here/cpython_trace.py" "$base" > "$tmp/expected.json" 2> "$tmp/oracle.err" < /dev/null
if [ ! -s "$tmp/expected.json" ]; then
    echo "FAIL (oracle): cpython_trace.py wrote no trace for $rel"
    head -20 "$tmp/oracle.err"
    exit 1
fi
"$refviz" "$mode" --engine model "$base" --format json > "$tmp/actual.json" 2> /dev/null < /dev/null

all=structure,event,line,stdout,error,mutable,refcount,size,repr,change,freed
"$python" "$here/compare.py" "$tmp/expected.json" "$tmp/actual.json" --all > "$tmp/full" 2>&1
full=$?
if [ -z "$entry" ]; then
    [ $full -eq 0 ] && exit 0
    echo "FAIL (oracle): refviz's trace of $rel differs from CPython's:"
    head -40 "$tmp/full"
    exit 1
fi
if [ $full -eq 0 ]; then
    echo "FAIL (oracle): $rel is in tests/oracle/known-differences but is now EQUAL: remove it"
    exit 1
fi
# The fields still compared: all but those the entry drops.
fields=$all
for f in $(printf '%s' "$drop" | tr ',' ' '); do
    fields=$(printf '%s' ",$fields," | sed "s/,$f,/,/; s/^,//; s/,\$//")
done
if ! "$python" "$here/compare.py" "$tmp/expected.json" "$tmp/actual.json" --all \
        --fields "$fields" > "$tmp/some" 2>&1; then
    echo "FAIL (oracle): $rel differs from CPython's trace beyond its known difference ($drop):"
    head -40 "$tmp/some"
    exit 1
fi
exit 0
