#!/bin/sh
# tests/run-program.sh PROGRAM.py - the automake log compiler for
# tests/programs: runs the program under refviz and, when python3 is
# present, under python3, and checks both against the program's comments:
#   # expect: TEXT         a line the program prints, in order
#   # expect-error: TEXT   the last line of stderr (exit status must be 1)
#   # expect-refviz-error: TEXT   refviz only (constructs outside the subset);
#                          python3 is then not run
# With REFVIZ_DELTA=1, the program's delta trace (--format delta) must also
# expand (refviz trace expand) to exactly its --format json trace.
# A program that imports numpy is checked against a python3 that has
# NumPy: $REFVIZ_NUMPY_PYTHON, by default /usr/bin/python3 (Debian's
# python3-numpy, which ./bootstrap installs; the default python3 may be
# another build without it).  Without one, refviz alone is checked and the
# test says SKIP.
# Exit 0 pass, 1 fail, 77 skip (automake's convention).
set -u
prog=$1
refviz=${REFVIZ:-./src/refviz}
numpy_skip=""
if grep -Eq '^[[:space:]]*(import|from)[[:space:]]+numpy' "$prog"; then
    PYTHON3=${REFVIZ_NUMPY_PYTHON:-/usr/bin/python3}
    export PYTHON3
    if ! "$PYTHON3" -c 'import numpy' > /dev/null 2>&1; then
        numpy_skip="SKIP: $PYTHON3 has no numpy (install python3-numpy, or set REFVIZ_NUMPY_PYTHON): only refviz was checked"
    fi
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvprog.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT

# The comments are read with any line ending ("\r\n", a lone "\r") as a
# newline, as Python reads the program.  A bare "# expect:" stands for an
# empty line.
tr '\r' '\n' < "$prog" > "$tmp/lines"
awk '/# expect:$/ { print ""; next } match($0, /# expect: /) { print substr($0, RSTART + 10) }' "$tmp/lines" > "$tmp/expected"
experr=$(sed -n 's/.*# expect-error: \(.*\)$/\1/p' "$tmp/lines" | tail -n 1)
rverr=$(sed -n 's/.*# expect-refviz-error: \(.*\)$/\1/p' "$tmp/lines" | tail -n 1)

status=0
check() { # name cmd...
    name=$1
    shift
    "$@" < /dev/null > "$tmp/out" 2> "$tmp/err"
    rc=$?
    if ! cmp -s "$tmp/expected" "$tmp/out"; then
        echo "FAIL ($name): stdout differs from the # expect: comments"
        diff -u "$tmp/expected" "$tmp/out" | head -40
        status=1
    fi
    want_err=$experr
    [ "$name" = refviz ] && [ -n "$rverr" ] && want_err=$rverr
    if [ -n "$want_err" ]; then
        got=$(grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1)
        if [ "$got" != "$want_err" ]; then
            echo "FAIL ($name): last stderr line"
            echo "  expected: $want_err"
            echo "  got:      $got"
            status=1
        fi
        if [ "$rc" -ne 1 ]; then
            echo "FAIL ($name): exit status $rc, expected 1"
            status=1
        fi
    elif [ "$rc" -ne 0 ]; then
        echo "FAIL ($name): exit status $rc"
        cat "$tmp/err" | head -20
        status=1
    elif [ -s "$tmp/err" ] && [ "$name" = refviz ]; then
        echo "FAIL ($name): unexpected stderr"
        head -20 "$tmp/err"
        status=1
    fi
}

# Run from the program's directory so that messages name it by its base
# name, whatever the build directory.
case $refviz in /*) ;; *) refviz=$(pwd)/$refviz ;; esac
here=$(cd "$(dirname "$0")" && pwd)
cd "$(dirname "$prog")" || exit 1
prog=$(basename "$prog")
check refviz "$refviz" run --engine model "$prog"
if [ "${REFVIZ_DELTA:-0}" = 1 ]; then
    "$refviz" run --engine model --format json "$prog" < /dev/null > "$tmp/full.json" 2> /dev/null
    "$refviz" run --engine model --format delta "$prog" < /dev/null > "$tmp/delta" 2> /dev/null
    if ! "$refviz" trace expand "$tmp/delta" > "$tmp/expanded.json" ||
        ! cmp -s "$tmp/full.json" "$tmp/expanded.json"; then
        echo "FAIL (delta): the expanded delta trace differs from --format json"
        cmp "$tmp/full.json" "$tmp/expanded.json"
        status=1
    fi
fi
if [ -n "$numpy_skip" ]; then
    echo "$numpy_skip"
    [ $status -eq 0 ] && exit 77
    exit $status
fi
if [ -z "$rverr" ]; then
    if command -v "${PYTHON3:-python3}" > /dev/null 2>&1; then
        check python3 "${PYTHON3:-python3}" -W ignore "$prog"
    else
        echo "note: python3 not found; checked refviz only"
    fi
    # Every snapshot as CPython's (tests/oracle/check.sh); where the oracle
    # cannot run, tests/oracle/available.sh is the skipped test that says so.
    # check.sh also runs the program under refviz's CPython engine
    # (share/tracer), which must print and exit as expected too.
    REFVIZ_EXPECT_OUT=$tmp/expected REFVIZ_EXPECT_ERR=$experr sh "$here/oracle/check.sh" "$prog"
    case $? in
        0) ;;
        77) echo "note: this trace was not compared with CPython's (the line above says why)" ;;
        *) status=1 ;;
    esac
fi
exit $status
