#!/bin/sh
# tests/oracle/lessons.sh - every lesson's trace, as `refviz lesson` writes
# it, compared with CPython's (tests/oracle/check.sh).
here=$(cd "$(dirname "$0")" && pwd)
top=${top_srcdir:-$(cd "$here/../.." && pwd)}
[ "${REFVIZ_ORACLE:-1}" = 0 ] && { echo "SKIP: REFVIZ_ORACLE=0"; exit 77; }
status=0
for lesson in "$top"/lessons/*.py; do
    sh "$here/check.sh" "$lesson" lesson
    case $? in
        0) echo "ok: $(basename "$lesson")" ;;
        77) exit 77 ;;
        *) status=1 ;;
    esac
done
exit $status
