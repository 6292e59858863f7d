#!/bin/sh
# tests/tracer/stream.sh - refviz's CPython engine (share/tracer/
# refviz_trace.py) says the same in its two formats: each program's
# `--format stream`, rebuilt into full snapshots as refviz's C side does
# (stream_check.py), equals its `--format json` trace, for whole runs, with
# --final and with --max-steps.  The programs have reference cycles freed by
# gc.collect(), finalizers, generators resumed and closed, exceptions caught
# and uncaught, weak references, and a syntax error.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=${top_srcdir:-$(cd "$here/../.." && pwd)}
python=${PYTHON3:-python3}
tracer=$top/share/tracer/refviz_trace.py
if ! "$python" -c 'import sys; sys.exit(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11))' 2> /dev/null; then
    echo "SKIP: $python is not CPython 3.11, which the tracer is written for"
    exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvtracer.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
status=0

# same PROGRAM OPTIONS...: the stream and the json trace of one run agree.
same() {
    prog=$1
    shift
    dir=$(dirname "$top/$prog")
    (cd "$dir" && "$python" "$tracer" "$@" "$(basename "$prog")" > "$tmp/full.json" 2> /dev/null < /dev/null)
    json_rc=$?
    (cd "$dir" && "$python" "$tracer" --format stream "$@" "$(basename "$prog")" > "$tmp/stream.jsonl" 2> /dev/null < /dev/null)
    stream_rc=$?
    if [ $json_rc -ne $stream_rc ]; then
        echo "FAIL: $prog $*: exit status $json_rc with --format json, $stream_rc with stream"
        status=1
        return
    fi
    final=
    case " $* " in *" --final "*) final=--final ;; esac
    if ! "$python" "$here/stream_check.py" "$tmp/stream.jsonl" "$tmp/full.json" $final > "$tmp/verdict"; then
        echo "FAIL: $prog $*: the stream differs from the json trace:"
        cat "$tmp/verdict"
        status=1
        return
    fi
    echo "ok: $prog $*"
}

for prog in tests/tracer/mix.py lessons/generators.py lessons/refcount-and-gc.py \
        lessons/weak-references.py tests/programs/stepping/generator_close.py \
        tests/programs/exceptions/traceback_keeps_frames.py \
        tests/programs/exceptions/chained_traceback.py \
        tests/programs/gc/collect_weakref_cycle.py \
        tests/programs/errors/syntax_unterminated_string.py; do
    same "$prog"
    same "$prog" --final
    same "$prog" --max-steps 5
done

# The check itself must see a difference: a stream that leaves out an
# object's change is caught.
cd "$top/tests/tracer" || exit 1
"$python" "$tracer" mix.py > "$tmp/full.json" 2> /dev/null
"$python" "$tracer" --format stream mix.py 2> /dev/null |
    "$python" -c '
import json, sys
lines = sys.stdin.read().splitlines()
for i, line in enumerate(lines[1:], 1):
    snap = json.loads(line)
    if snap.get("objects") and i > 3:
        del snap["objects"][-1]
        lines[i] = json.dumps(snap)
        break
print("\n".join(lines))' > "$tmp/broken.jsonl"
if "$python" "$here/stream_check.py" "$tmp/broken.jsonl" "$tmp/full.json" > /dev/null; then
    echo "FAIL: stream_check.py did not notice a stream with an object state left out"
    status=1
fi
exit $status
