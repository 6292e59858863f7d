#!/bin/sh
# tests/oracle/synced.sh - the oracle's copies here are the contract's own:
# where the shared folder beside the project exists, they must match it.
here=$(cd "$(dirname "$0")" && pwd)
top=${top_srcdir:-$(cd "$here/../.." && pwd)}
shared=${REFVIZ_SHARED:-$top/../shared}/oracle
if [ ! -d "$shared" ]; then
    echo "SKIP: no $shared to compare the oracle's copies with"
    exit 77
fi
status=0
for f in cpython_trace.py compare.py; do
    if ! cmp -s "$shared/$f" "$here/$f"; then
        echo "FAIL: tests/oracle/$f differs from $shared/$f: copy it again"
        status=1
    fi
done
exit $status
