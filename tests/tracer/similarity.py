#!/usr/bin/env python3
"""tests/tracer/similarity.py [--max RATIO] [--keywords] [--tracer FILE] - how close each function of
refviz's CPython engine (share/tracer/refviz_trace.py) is to the nearest
function of the shared oracle (../shared/oracle/cpython_trace.py).

The oracle is what the tracer is compared against, so the tracer has to be
its own code: a function that restates the oracle's would make the
comparison check the oracle against itself.  For every function (nested
ones included, named by their own name) this prints the best oracle match
and difflib's ratio over the two functions' identifier tokens (with
--keywords, Python's keywords too), closest first.  With --max, exits 1 if
any ratio is above it, but for the functions in ALLOWED.  Exit 77 when the
oracle is not where the refviz checkout's sibling ../shared would be (or
REFVIZ_SHARED_ORACLE names it).
"""
import ast
import difflib
import io
import keyword
import os
import sys
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
TRACER = os.path.join(TOP, "share", "tracer", "refviz_trace.py")


# Functions that may stay above --max: a few tokens long, they share their
# idiom or their signature with an oracle function, not their logic.
ALLOWED = {
    # the spec's test (a __module__ of "__main__", read through type's own
    # getter, a broken one not the program's) leaves one way to write it
    "is_program_class",
    # the spec's snapshot fields (event, frame, line, return value) make
    # their signatures; the oracle's _capture they resemble does other work
    "_take", "_take_and_publish",
}


def oracle_path():
    named = os.environ.get("REFVIZ_SHARED_ORACLE")
    if named:
        return named if os.path.exists(named) else None
    # The worktree may sit beside ../shared (/work/wt-x) or one level down.
    for up in (os.path.dirname(TOP), os.path.dirname(os.path.dirname(TOP))):
        candidate = os.path.join(up, "shared", "oracle", "cpython_trace.py")
        if os.path.exists(candidate):
            return candidate
    return None


def names_in(source, keywords):
    """The identifiers of a piece of source (and its keywords, if asked),
    which is what a restatement keeps when its literals, comments and
    spacing move."""
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.NAME and (keywords or not keyword.iskeyword(tok.string)):
            out.append(tok.string)
    return out


def functions(path, keywords):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            text = ast.get_source_segment(source, node)
            found.append((node.name, node.lineno, names_in(text, keywords)))
    return found


def main(argv):
    limit = None
    keywords = "--keywords" in argv
    if "--max" in argv:
        limit = float(argv[argv.index("--max") + 1])
    tracer = TRACER
    if "--tracer" in argv:                # another version, to compare
        tracer = argv[argv.index("--tracer") + 1]
    oracle = oracle_path()
    if oracle is None:
        print("SKIP: ../shared/oracle/cpython_trace.py is absent")
        return 77
    theirs = functions(oracle, keywords)
    rows = []
    for name, line, tokens in functions(tracer, keywords):
        best = (0.0, "-")
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(tokens)
        for oname, _, otokens in theirs:
            matcher.set_seq1(otokens)
            if matcher.real_quick_ratio() <= best[0] or matcher.quick_ratio() <= best[0]:
                continue
            ratio = matcher.ratio()
            if ratio > best[0]:
                best = (ratio, oname)
        rows.append((best[0], name, line, best[1]))
    rows.sort(reverse=True)
    over = 0
    for ratio, name, line, oname in rows:
        flag = ""
        if limit is not None and ratio > limit:
            if name in ALLOWED:
                flag = "  (allowed)"
            else:
                flag = "  OVER"
                over += 1
        print(f"{ratio:.2f}  {name} (line {line}) ~ {oname}{flag}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
