#!/bin/sh
# The marks CPython 3.11 prints under the source lines of a traceback
# ('^' under the failing part, '~' around an operator or subscript, none
# when they would span the whole line), checked on the whole of stderr
# against python3 itself: tests/programs/errors/caret_*.py (whose
# `# expect-error:` sees only the last line) and the corner cases below.
# Skipped without a python3 3.11.
set -u
R=${REFVIZ:-./src/refviz}
case $R in /*) ;; *) R=$(pwd)/$R ;; esac
py=${PYTHON3:-python3}
"$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2> /dev/null || exit 77
src=${top_srcdir:-.}/tests/programs/errors
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rvcaret.XXXXXX") || { echo "$0: mktemp failed: no temporary directory" >&2; exit 99; }
trap 'rm -rf "$tmp"' EXIT
fail=0

# same_stderr NAME: runs $tmp/NAME.py under both, from $tmp.
same_stderr() {
    (cd "$tmp" && "$R" run --engine model "$1.py" > rv.out 2> rv.err < /dev/null)
    (cd "$tmp" && "$py" "$1.py" > py.out 2> py.err < /dev/null)
    if ! cmp -s "$tmp/rv.err" "$tmp/py.err"; then
        echo "FAIL: $1.py: stderr differs from python3's"
        diff "$tmp/py.err" "$tmp/rv.err" | head -20
        fail=1
    fi
}

for p in "$src"/caret_*.py; do
    name=$(basename "$p" .py)
    cp "$p" "$tmp/"
    same_stderr "$name"
done

# A line ending in blanks keeps them, and the marks still show; a tab
# indents; a multi-line subscript is marked to its first line's end; an
# error in a conditional expression's test, in a not, in a chained
# comparison; recursion repeats an entry with its marks.
printf 'x = 1 / 0   \n' > "$tmp/trailing.py"
printf 'def f(d):\n\treturn d["k"]\nf({})\n' > "$tmp/tab.py"
printf 'a = [1]\nx = a[\n    5]\n' > "$tmp/multiline_subscript.py"
printf 'class B:\n    def __bool__(self):\n        raise ValueError("no truth")\nx = 1 if not B() else 2\n' > "$tmp/not_test.py"
printf 'x = "a"\nwhile 0 < x < 5:\n    pass\n' > "$tmp/chained_compare.py"
printf 'def f(n):\n    return f(n + 1) * 2\nf(0)\n' > "$tmp/recursion.py"
printf 's = "é"; t = "漢"; u = s + t + 1\n' > "$tmp/unicode_mix.py"
printf 'class C:\n    pass\nc = C()\nc.total += 1\n' > "$tmp/aug_attribute.py"
printf 'd = {}\nv = d.get("a")["b"]\n' > "$tmp/subscript_of_call.py"
printf 'def g():\n    x = yield 1\n    yield x[1]\nit = g()\nnext(it)\nit.send([])\n' > "$tmp/generator_send.py"
printf 'class P:\n    pass\nmatch P():\n    case P(1):\n        pass\n' > "$tmp/match_class.py"
for name in trailing tab multiline_subscript not_test chained_compare recursion unicode_mix \
            aug_attribute subscript_of_call generator_send match_class; do
    same_stderr "$name"
done

# Without a file to reread (-c), python3 shows no source line, so no marks.
"$R" run --engine model -c 'x = [1][5]' 2> "$tmp/rv.err"
"$py" -c 'x = [1][5]' 2> "$tmp/py.err"
cmp -s "$tmp/rv.err" "$tmp/py.err" || { echo "FAIL: -c traceback differs"; diff "$tmp/py.err" "$tmp/rv.err"; fail=1; }
exit $fail
