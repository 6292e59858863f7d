#!/bin/sh
# Every tests/programs/**/*.py is listed in tests/programs.am (else it would
# silently never run).  Fix with `make update-programs`.
cd "${top_srcdir:-.}" || exit 1
listed=$(sed -n 's/^\t\(tests\/programs\/.*\.py\) \\$/\1/p' tests/programs.am | LC_ALL=C sort)
present=$(find tests/programs -name '*.py' | LC_ALL=C sort)
if [ "$listed" != "$present" ]; then
    echo "tests/programs.am is out of date; run 'make update-programs'"
    echo "$listed" > "${TMPDIR:-/tmp}/rv-listed.$$"
    echo "$present" | diff "${TMPDIR:-/tmp}/rv-listed.$$" - || true
    rm -f "${TMPDIR:-/tmp}/rv-listed.$$"
    exit 1
fi
# Every lesson is installed (listed in dist_lessons_DATA).
for py in lessons/*.py; do
    grep -q "$py" Makefile.am || { echo "$py is not in dist_lessons_DATA (Makefile.am)"; exit 1; }
done
