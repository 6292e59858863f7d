#!/bin/sh
# tests/oracle/lessons.sh - every lesson's trace, as `refviz lesson` writes
# it, compared with CPython's (tests/oracle/check.sh).
here=$(cd "$(dirname "$0")" && pwd)
top=${top_srcdir:-$(cd "$here/../.." && pwd)}
[ "${REFVIZ_ORACLE:-1}" = 0 ] && { echo "SKIP: REFVIZ_ORACLE=0"; exit 77; }
status=0
for lesson in "$top"/lessons/*.py; do
    # A lesson that imports numpy runs under a python3 with NumPy, as the
    # programs do (tests/run-program.sh).
    if grep -Eq '^[[:space:]]*(import|from)[[:space:]]+numpy' "$lesson"; then
        np_python=${REFVIZ_NUMPY_PYTHON:-/usr/bin/python3}
        if ! "$np_python" -c 'import numpy' > /dev/null 2>&1; then
            echo "note: $(basename "$lesson"): not compared ($np_python has no numpy)"
            continue
        fi
        PYTHON3=$np_python sh "$here/check.sh" "$lesson" lesson
    else
        sh "$here/check.sh" "$lesson" lesson
    fi
    case $? in
        0) echo "ok: $(basename "$lesson")" ;;
        77) exit 77 ;;
        *) status=1 ;;
    esac
done
exit $status
