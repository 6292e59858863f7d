#!/bin/sh
# tests/oracle/available.sh - whether the CPython oracle can run here: every
# program's test compares its trace with CPython's only where it can, so
# this test is reported SKIP, not passed, where it cannot.
python=${PYTHON3:-python3}
if [ "${REFVIZ_ORACLE:-1}" = 0 ]; then
    echo "SKIP: REFVIZ_ORACLE=0: traces are not compared with CPython's"
    exit 77
fi
if "$python" -c 'import sys; sys.exit(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11))' 2> /dev/null; then
    echo "the oracle runs on $("$python" --version 2>&1)"
    exit 0
fi
echo "SKIP: ${python} is not CPython 3.11: traces are not compared with CPython's"
exit 77
