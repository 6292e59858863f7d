#!/bin/sh
# tests/tracer/own.sh - refviz's CPython engine is its own code: no function
# of share/tracer/refviz_trace.py is closer than 0.6 (difflib's ratio over
# identifier tokens) to a function of the shared oracle it is compared with,
# but the few tests/tracer/similarity.py allows and says why.  Skips (77)
# when ../shared/oracle is not there, as outside the project's machine.
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON3:-python3}
exec "$python" "$here/similarity.py" --max 0.6
