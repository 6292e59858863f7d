#!/usr/bin/env python3
"""tests/tracer/stream_check.py STREAM.jsonl FULL.json [--final]

Rebuilds full snapshots from refviz_trace.py's `--format stream` output, the
way refviz's C side does, and checks that they equal the same program's
`--format json` trace, field by field.

A stream line lists only the objects whose state is new or changed since
the stream last sent them, without `refcount` and `change`; the reader keeps
the last state of every id it was sent and derives the rest from the spec's
definitions (shared/spec/snapshot-format.md):
  objects      the walk from each frame's variables (then its `return`),
               depth first through `refs` (a mapping entry's key first)
  refcount     variables, `return` and refs that are not weak, keys too
  change       new / mutated (refs differ; a set's compared as a set) / same
  freed        the stream's freed ids that the previous snapshot showed
  unreachable  what the previous snapshot showed, still alive, not listed
  memory       count and summed size of the objects
  stdout       the texts so far, joined

With --final both traces hold only the last snapshot: the stream's is its
first line (everything in it new, nothing freed), the json trace's keeps
`change`, `freed` and `unreachable` relative to the run's real previous
snapshot, so those three are not compared.
Exit status 0 equal, 1 different (the first difference is printed), 2 usage.
"""
import json
import sys

SET_TYPES = ("set", "frozenset")


class StreamError(Exception):
    pass


def read_stream(path):
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    if len(lines) < 2 or not lines[-1].get("end"):
        raise StreamError("no header or no end line")
    return lines[0], lines[1:-1], lines[-1]


def walk(frames, store):
    """The listed ids in first-reached order."""
    order, seen = [], set()
    for frame in frames:
        roots = [v["ref"] for v in frame["vars"]]
        if "return" in frame:
            roots.append(frame["return"])
        for root in roots:
            todo = [root]
            while todo:
                sid = todo.pop()
                if sid in seen:
                    continue
                if sid not in store:
                    raise StreamError("id %s reached but never sent (or freed)" % sid)
                seen.add(sid)
                order.append(sid)
                for ref in reversed(store[sid]["refs"]):
                    todo.append(ref["ref"])
                    if "key" in ref:
                        todo.append(ref["key"])
    return order


def signature(obj):
    refs = [json.dumps(r, sort_keys=True) for r in obj["refs"]]
    if obj["type"] in SET_TYPES:
        return tuple(sorted(refs))
    return tuple(refs)


def rebuild(lines):
    """The full snapshots a stream stands for."""
    store = {}                     # id -> last state sent
    prev_listed, prev_ghosts, prev_sigs = set(), set(), {}
    stdout = ""
    out = []
    for line in lines:
        for sid in line["freed"]:
            if sid not in store:
                raise StreamError("step %d frees id %s, never sent" % (line["step"], sid))
            del store[sid]
        for obj in line["objects"]:
            if "refcount" in obj or "change" in obj:
                raise StreamError("step %d: object %s has refcount/change" % (line["step"], obj["id"]))
            store[obj["id"]] = obj
        order = walk(line["frames"], store)
        counts = {}
        for frame in line["frames"]:
            for sid in [v["ref"] for v in frame["vars"]] + ([frame["return"]] if "return" in frame else []):
                counts[sid] = counts.get(sid, 0) + 1
        for sid in order:
            for ref in store[sid]["refs"]:
                if not ref.get("weak"):
                    counts[ref["ref"]] = counts.get(ref["ref"], 0) + 1
                if "key" in ref:
                    counts[ref["key"]] = counts.get(ref["key"], 0) + 1
        objects, sigs = [], {}
        for sid in order:
            obj = dict(store[sid])
            sigs[sid] = signature(obj)
            obj["refcount"] = counts.get(sid, 0)
            obj["change"] = ("new" if sid not in prev_listed else
                             "same" if prev_sigs[sid] == sigs[sid] else "mutated")
            objects.append(obj)
        listed = set(order)
        shown = prev_listed | prev_ghosts
        freed = set(line["freed"])
        ghosts = shown - freed - listed
        stdout += line["stdout"]
        out.append({"step": line["step"], "line": line["line"], "event": line["event"],
                    "narration": None, "stdout": stdout, "frames": line["frames"],
                    "objects": objects, "freed": sorted(freed & shown),
                    "unreachable": sorted(ghosts),
                    "memory": {"objects": len(objects), "bytes": sum(o["size"] for o in objects)}})
        prev_listed, prev_ghosts, prev_sigs = listed, ghosts, sigs
    return out


def first_difference(a, b, path="trace"):
    if type(a) is not type(b):
        return "%s: stream %r, json %r" % (path, a, b)
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return "%s.%s: only in the %s" % (path, key, "stream" if key in a else "json")
            d = first_difference(a[key], b[key], "%s.%s" % (path, key))
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return "%s: stream has %d items, json %d" % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, "%s[%d]" % (path, i))
            if d:
                return d
        return None
    return None if a == b else "%s: stream %r, json %r" % (path, a, b)


def check(stream_path, json_path, final):
    header, lines, end = read_stream(stream_path)
    with open(json_path, encoding="utf-8") as fh:
        full = json.load(fh)
    rebuilt = rebuild(lines)
    expected_header = {k: v for k, v in full.items() if k not in ("steps", "error")}
    d = first_difference(header, expected_header, "header")
    if d:
        return d
    if end["error"] != full["error"]:
        return "error: stream %r, json %r" % (end["error"], full["error"])
    steps = full["steps"]
    if final:
        if end["steps"] < len(steps) or (steps and end["steps"] != steps[-1]["step"] + 1):
            return "end.steps %s does not count the run's snapshots" % end["steps"]
        for snap in rebuilt + steps:
            for key in ("change", "freed", "unreachable"):
                snap.pop(key, None)
                for obj in snap.get("objects", []):
                    obj.pop(key, None)
    elif end["steps"] != len(steps):
        return "end.steps %s, json has %d steps" % (end["steps"], len(steps))
    if end["stopped"] is not None and (not steps or end["stopped"] != steps[-1]["line"]):
        return "end.stopped %s is not the last snapshot's line" % end["stopped"]
    return first_difference(rebuilt, steps, "steps")


def main(argv):
    args = [a for a in argv[1:] if a != "--final"]
    if len(args) != 2:
        sys.stderr.write(__doc__.split("\n\n")[0] + "\n")
        return 2
    try:
        problem = check(args[0], args[1], "--final" in argv)
    except (StreamError, ValueError, KeyError, OSError) as exc:
        problem = "%s: %s" % (type(exc).__name__, exc)
    if problem:
        print("DIFFERENT: " + problem)
        return 1
    print("EQUAL")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
