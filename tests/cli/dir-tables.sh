#!/bin/sh
# src/lang/objects/dirnames.c is what dirnames_gen.py makes of this python3's dir()
# lists (skipped without CPython 3.11: the tables are 3.11's).
set -u
py=${PYTHON3:-python3}
"$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2> /dev/null || exit 77
exec "$py" "$top_srcdir/src/lang/objects/dirnames_gen.py" --check "$top_srcdir/src/lang/objects/dirnames.c"
