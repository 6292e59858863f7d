#!/usr/bin/env python3
"""tests/tracer/similarity.py [--max RATIO] - how close each function of
refviz's CPython engine (share/tracer/refviz_trace.py) is to the nearest
function of the shared oracle (../shared/oracle/cpython_trace.py).

The oracle is what the tracer is compared against, so the tracer has to be
its own code: a function that restates the oracle's would make the
comparison check the oracle against itself.  For every function (nested
ones included, named by their own name) this prints the best oracle match
and difflib's ratio over the two functions' identifier and keyword tokens,
closest first.  With --max, exits 1 if any ratio is above it.  Exit 77 when
the oracle is not where the refviz checkout's sibling ../shared would be
(or REFVIZ_SHARED_ORACLE names it).
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


def oracle_path():
    named = os.environ.get("REFVIZ_SHARED_ORACLE")
    if named:
        return named
    # The worktree may sit beside ../shared (/work/wt-x) or one level down.
    for up in (os.path.dirname(TOP), os.path.dirname(os.path.dirname(TOP))):
        candidate = os.path.join(up, "shared", "oracle", "cpython_trace.py")
        if os.path.exists(candidate):
            return candidate
    return None


def names_in(source):
    """The NAME tokens of a piece of source: identifiers and keywords,
    which is what a restatement keeps when its literals and spacing move."""
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.NAME and not keyword.iskeyword(tok.string):
            out.append(tok.string)
    return out


def functions(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            text = ast.get_source_segment(source, node)
            found.append((node.name, node.lineno, names_in(text)))
    return found


def main(argv):
    limit = None
    if argv[1:2] == ["--max"]:
        limit = float(argv[2])
    oracle = oracle_path()
    if oracle is None:
        print("SKIP: ../shared/oracle/cpython_trace.py is absent")
        return 77
    theirs = functions(oracle)
    rows = []
    for name, line, tokens in functions(TRACER):
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
            flag = "  OVER"
            over += 1
        print(f"{ratio:.2f}  {name} (line {line}) ~ {oname}{flag}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
