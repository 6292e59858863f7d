#!/usr/bin/env python3
"""tests/corpus/run.py - run programs refviz has never seen under python3
and under refviz, and say which behave differently.

    python3 tests/corpus/run.py [--engine auto|model|cpython] [--trace]
                                [--json FILE] REFVIZ DIR...

Each *.py in each DIR runs in its own directory under python3 and under
`refviz run` (--no-trace, or with --trace a JSON trace to /dev/null);
a program behaves as python3 when its exit status, its last line on stderr
and (without --trace) its stdout are the same.  refviz's one-line note
that CPython runs a program (--engine auto) is not part of its stderr here;
the report counts those programs and names what the model lacked.  Not a
test of the suite: the corpus is third-party code and is not kept in the
project (docs/corpus.md says where it came from).
"""
import argparse, collections, json, os, re, subprocess, sys, time

NOTE = b"refviz: running on CPython"
TIMEOUT = 60


def run(cmd, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0")
    start = time.time()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=TIMEOUT,
                           stdin=subprocess.DEVNULL, env=env)
        return p.returncode, p.stdout, p.stderr, time.time() - start
    except subprocess.TimeoutExpired:
        return "timeout", b"", b"", TIMEOUT


def last_line(err):
    lines = [l for l in err.strip().splitlines() if not l.startswith(NOTE)]
    return lines[-1] if lines else b""


def check(refviz, engine, trace, directory, name):
    py = run([sys.executable, name], directory)
    cmd = [refviz, "run", "--engine", engine, name]
    cmd += ["--format", "json", "-o", os.devnull] if trace else ["--no-trace"]
    rv = run(cmd, directory)
    notes = [l.decode(errors="replace") for l in rv[2].splitlines() if l.startswith(NOTE)]
    same = (py[0] == rv[0] and last_line(py[2]) == last_line(rv[2])
            and (trace or py[1] == rv[1]))
    return dict(path=os.path.join(directory, name), same=same, notes=notes,
                python_status=py[0], refviz_status=rv[0],
                stdout_same=py[1] == rv[1],
                refviz_last=last_line(rv[2]).decode(errors="replace"),
                python_seconds=round(py[3], 2), refviz_seconds=round(rv[3], 2))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default="auto", choices=["auto", "model", "cpython"])
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("refviz")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    results = []
    for d in a.dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            r = check(os.path.abspath(a.refviz), a.engine, a.trace, d, name)
            results.append(r)
            extra = "" if r["same"] else " status %s/%s%s: %s" % (
                r["python_status"], r["refviz_status"],
                "" if r["stdout_same"] else ", stdout differs", r["refviz_last"][:120])
            print("%s %s%s%s" % ("same" if r["same"] else "DIFFERENT", r["path"],
                                 " [CPython]" if r["notes"] else "", extra), flush=True)
    lacks = collections.Counter()
    for r in results:
        for n in r["notes"]:
            m = re.search(r"lacks (.*) at ", n)
            lacks[m.group(1) if m else n] += 1
    same = sum(r["same"] for r in results)
    print("%d of %d programs behave as under python3; %d ran on CPython"
          % (same, len(results), sum(bool(r["notes"]) for r in results)))
    for what, n in lacks.most_common():
        print("  %3d  %s" % (n, what))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0 if same == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
