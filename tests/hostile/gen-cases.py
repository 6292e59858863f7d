"""tests/hostile/gen-cases.py - wrote the first batch of tests/hostile/cases
(python3 tests/hostile/gen-cases.py rewrites them).  Where refviz must
behave as CPython does (py_case, syntax_setup_case) the expected status and
message are python3's own, taken when this runs; elsewhere they are given.
A new case needs no generator: write the file by hand (see run.sh)."""
import os, subprocess, sys, tempfile
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
# Cases known to fail, by name: the reason (none now).
KNOWN = {}
os.makedirs(OUT, exist_ok=True)

def py_expect(src_bytes, args=()):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'case.py')
        open(p, 'wb').write(src_bytes)
        r = subprocess.run(['python3', p, *args], capture_output=True, timeout=60)
        err = r.stderr.decode('utf-8', 'replace').rstrip('\n').split('\n')
        out = r.stdout.decode('utf-8', 'replace').rstrip('\n').split('\n')
        return r.returncode, err[-1] if err and err[-1] else '', out

def write(name, why, body='', exit=None, stderr=(), stderr_has=(), stdout=(), args=None,
          setup=(), timeout=None, memory=None, stdout_to=None, stdin=None, known=None):
    lines = ['# ' + l for l in why.strip().split('\n')]
    if args: lines.append('# hostile-args: ' + args)
    for s in setup: lines.append('# hostile-setup: ' + s)
    if stdin: lines.append('# hostile-stdin: ' + stdin)
    if stdout_to: lines.append('# hostile-stdout-to: ' + stdout_to)
    lines.append('# hostile-exit: %d' % exit)
    for s in stderr: lines.append('# hostile-stderr: ' + s)
    for s in stderr_has: lines.append('# hostile-stderr-has: ' + s)
    for s in stdout: lines.append('# hostile-stdout: ' + s)
    if timeout: lines.append('# hostile-timeout: %d' % timeout)
    if memory: lines.append('# hostile-memory: %d' % memory)
    if known: lines.append('# hostile-known: ' + known)
    text = '\n'.join(lines) + '\n' + body
    if not text.endswith('\n'): text += '\n'
    open(os.path.join(OUT, name + '.py'), 'w').write(text)

def py_case(name, why, body, extra_stdout=True, **kw):
    """A program refviz must run as python3 does: same exit status, same last
    stderr line, same first stdout line."""
    src = ('# ' + '\n# '.join(why.strip().split('\n')) + '\n' + body).encode()
    rc, last, out = py_expect(src)
    stderr = (last,) if last else ()
    stdout = (out[0],) if extra_stdout and out and out[0] else ()
    write(name, why, body, exit=rc, stderr=stderr, stdout=stdout, **kw)

def syntax_setup_case(name, why, data, **kw):
    """Input bytes written by a setup line (printf octal escapes)."""
    esc = ''.join('\\%03o' % b if (b < 32 or b > 126 or chr(b) in "'\\%") else chr(b) for b in data)
    rc, last, out = py_expect(data)
    stderr = (last,) if last else ()
    if 'case.py' in last:
        kw.setdefault('stderr_has', (last.split(' in file ')[0],))
        stderr = ()
    stdout = (out[0],) if out and out[0] else ()
    kw['known'] = kw.get('known') or KNOWN.get(name)
    write(name, why, exit=rc, stderr=stderr, stdout=stdout, args='run "$IN"',
          setup=("printf '%s' > \"$IN\"" % esc,), **kw)

# --- malformed numbers (issue 14: use-after-free in pz_number) ---------------
syntax_setup_case('octal-empty', 'A malformed octal literal (0o then @): a SyntaxError, no use-after-free.', b'0o@')
py_case('octal-in-slice', 'An empty octal literal inside a slice.', 'print(range(1)[::0o])\n')
for i, src in enumerate(['0x', '0b2', '0o8', '1_', '1__0', '0_7', '1e+', '.5_', '09', '0x_', '1.__class__',
                         '0b1a', '100000000000000000000000000000000000000000000000000j']):
    syntax_setup_case('number-bad-%02d' % i, 'A malformed number literal: %r.' % src, src.encode())

# --- syntax garbage ---------------------------------------------------------
garbage = [')(', 'def', 'x = = 1', '@@@', 'if x:\nelse:\n  pass\n', 'return 1', 'break', "f'{'",
           "'''abc", '"abc', 'x = (1,', 'print(1))', 'class', 'import', 'from . import',
           'a b c', '1 +', '**x', 'del 1', '(a, b) += 1', 'x := 1', 'def f(a, a): pass',
           'nonlocal x', '"\\N{no such name}"', 'lambda: (yield)', 'for in x: pass', 'while: pass',
           'try:\n  pass\n', 'else: pass', '[x for x in]', '{1: }', 'f(**)', 'f(a=1, 2)',
           'global x\nx = 1\ndef g():\n  x = 1\n  global x\n', 'if True:\npass', '  x = 1',
           'if 1:\n  x = 1\n    y = 2', 'if 1:\n\tx = 1\n        y = 2', '\\', 'x = 1 \\ 2',
           '`x`', '$', '?', 'print "hello"', 'exec "code"', 'a = 1 if 2', 'match x:\n  case:',
           '\x0c\x0c\x0c', '#' * 1000 + '\n)', '(' * 50 + ']' , 'yield = 1', 'None = 1',
           'True += 1', 'def f():\n  return\n  yield from', 'async with x: pass',
           "b'\\xff' + 'é'", "b'é'", "u'a' b'b'", "rb'\\N{x}'", "'\\x1'", "'\\U0011ffff'"]
for i, src in enumerate(garbage):
    syntax_setup_case('syntax-%02d' % i, 'Syntax garbage %d: %r.' % (i, src[:60]), src.encode())

# --- binary data, encodings, NUL, BOM, line endings -------------------------
syntax_setup_case('nul-byte', 'A NUL byte in the source.', b'x = 1\x00\nprint(x)\n')
syntax_setup_case('nul-only', 'Nothing but NUL bytes.', b'\x00' * 64)
syntax_setup_case('utf8-invalid', 'Invalid UTF-8 in a string literal.', b'x = "\xff"\n')
syntax_setup_case('utf8-invalid-comment', 'Invalid UTF-8 in a comment.', b'# \xc3\x28\nprint(1)\n')
syntax_setup_case('utf8-overlong', 'An overlong UTF-8 encoding of /.', b'x = "\xc0\xaf"\n')
syntax_setup_case('utf8-surrogate', 'A UTF-8-encoded surrogate.', b'x = "\xed\xa0\x80"\n')
syntax_setup_case('utf8-truncated', 'A truncated UTF-8 sequence at the end.', b'x = 1 # \xe2\x82')
syntax_setup_case('binary-png', 'A PNG header given as a program.', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00')
syntax_setup_case('binary-elf', 'An ELF header given as a program.', b'\x7fELF\x02\x01\x01\x00' + bytes(range(1, 40)))
syntax_setup_case('bom', 'A UTF-8 byte-order mark before the program.', b'\xef\xbb\xbfprint(1)\n')
syntax_setup_case('bom-twice', 'Two byte-order marks.', b'\xef\xbb\xbf\xef\xbb\xbfprint(1)\n')
syntax_setup_case('bom-alone', 'A byte-order mark and nothing else.', b'\xef\xbb\xbf')
syntax_setup_case('crlf', 'CRLF line endings.', b'x = 1\r\nprint(x)\r\n')
syntax_setup_case('empty', 'An empty program.', b'')
syntax_setup_case('only-newlines', 'Only newlines.', b'\n' * 1000)
syntax_setup_case('tabs-spaces', 'Tabs and spaces mixed inconsistently.', b'if 1:\n\tx = 1\n        y = 2\n')
syntax_setup_case('form-feed', 'A form feed in the indentation.', b'if 1:\n  \x0c  x = 1\nprint(2)\n')
syntax_setup_case('nbsp', 'A no-break space where a space should be.', 'x\u00a0= 1\n'.encode())
syntax_setup_case('zero-width', 'A zero-width space in a name.', 'a\u200b = 1\n'.encode())

# --- size: long lines, deep nesting -----------------------------------------
def awk_case(name, why, awk, exit, stderr=(), stdout=(), **kw):
    write(name, why, exit=exit, stderr=stderr, stdout=stdout, args='run "$IN"',
          setup=("awk 'BEGIN { %s }' > \"$IN\"" % awk,), **kw)

awk_case('brackets-100000-open', '100,000 nested [ with no closers.',
         'for (i = 0; i < 100000; i++) printf "["; print ""', 1,
         stderr=('SyntaxError: too many nested parentheses',))
awk_case('brackets-100000', '100,000 nested parentheses, closed.',
         'for (i = 0; i < 100000; i++) printf "("; printf "1"; for (i = 0; i < 100000; i++) printf ")"; print ""', 1,
         stderr=('SyntaxError: too many nested parentheses',))
awk_case('blocks-500', '500 nested if blocks.',
         's = ""; for (i = 0; i < 500; i++) { printf "%sif 1:\\n", s; s = s " " } printf "%spass\\n", s', 1,
         stderr=('IndentationError: too many levels of indentation',))
awk_case('line-1mb-comment', 'A 1 MB comment line.',
         'printf "#"; for (i = 0; i < 1048576; i++) printf "x"; print ""; print "print(1)"', 0, stdout=('1',))
awk_case('line-1mb-string', 'A 1 MB string literal.',
         'printf "s = \\""; for (i = 0; i < 1048576; i++) printf "x"; print "\\""; print "print(len(s))"', 0,
         stdout=('1048576',))
awk_case('statements-20000', '20,000 statements.',
         'for (i = 0; i < 20000; i++) print "x = " i; print "print(x)"', 0, stdout=('19999',), timeout=60)

# --- runtime depth and recursion --------------------------------------------
DEEP = ("a trace's snapshots rebuild the repr of every object, and of a deeply nested "
        "list that is quadratic (selfcheck builds record a trace too)")
py_case('nested-lists-100000', 'A list nested 100,000 deep: built, measured and freed.',
        'a = []\nfor i in range(100000):\n    a = [a]\nprint(len(a))\ndel a\nprint("freed")\n', known=DEEP, timeout=10)
write('nested-lists-trace', 'A list nested 100,000 deep, traced.',
      'a = []\nfor i in range(100000):\n    a = [a]\n', args='run --format json --final -o "$TMP/t.json" "$CASE"',
      exit=0, known=DEEP, timeout=10)
py_case('nested-repr-100000', 'The repr of a list nested 100,000 deep.',
        'a = []\nfor i in range(100000):\n    a = [a]\nprint(repr(a)[:5])\n', known=DEEP, timeout=10)
py_case('recursion-repr', '__repr__ that calls itself.',
        'class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n')
py_case('recursion-eq', '__eq__ that calls itself.',
        'class A:\n    def __eq__(self, other):\n        return self == other\nprint(A() == A())\n')
py_case('recursion-hash', '__hash__ that calls itself.',
        'class A:\n    def __hash__(self):\n        return hash(self)\nprint({A()})\n')
py_case('recursion-plain', 'A function that calls itself forever.',
        'def f():\n    return f()\nf()\n')
py_case('recursion-limit-raised', 'sys.setrecursionlimit(10**6) and 100,000 calls deep.',
        'import sys\nsys.setrecursionlimit(10 ** 6)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(100000))\n',
        timeout=60)
py_case('recursion-str-format', 'str.format with a field that formats itself.',
        'class A:\n    def __format__(self, spec):\n        return format(self, spec)\nprint("{}".format(A()))\n')
py_case('self-ref-containers', 'Containers that contain themselves, printed.',
        'a = []\na.append(a)\nd = {}\nd["d"] = d\nd[1] = a\ns = [d, a]\nprint(a, d, s)\n')

# --- the crash findings of issue 14 -----------------------------------------
py_case('dict-eq-clears', "A key's __eq__ clears the dict during a lookup.",
        'class K:\n    def __init__(self, d):\n        self.d = d\n    def __hash__(self):\n        return 1\n'
        '    def __eq__(self, other):\n        self.d.clear()\n        return False\n'
        'd = {}\nd[K(d)] = 1\nprint(d.get(K(d)), K(d) in d, d)\nd[K(d)] = 1\nd[K(d)] = 2\nprint(len(d))\n')
py_case('counter-eq-clears', "A key's __eq__ clears a Counter during a lookup.",
        'from collections import Counter\nclass K:\n    def __init__(self, d):\n        self.d = d\n'
        '    def __hash__(self):\n        return 1\n    def __eq__(self, other):\n        self.d.clear()\n        return False\n'
        'c = Counter()\nc[K(c)] = 1\nprint(c[K(c)], c)\n')
py_case('set-eq-clears', "An element's __eq__ clears the set during a lookup.",
        'class K:\n    def __init__(self, s):\n        self.s = s\n    def __hash__(self):\n        return 1\n'
        '    def __eq__(self, other):\n        self.s.clear()\n        return False\n'
        's = set()\ns.add(K(s))\nprint(K(s) in s, s)\ns.add(K(s))\ns.add(K(s))\nprint(len(s))\n')
py_case('set-eq-clears-big', "An element's __eq__ clears a set whose table is on the heap.",
        'class K:\n    def __init__(self, s):\n        self.s = s\n    def __hash__(self):\n        return 1\n'
        '    def __eq__(self, other):\n        self.s.clear()\n        return False\n'
        's = set(range(100))\ns.add(K(s))\nprint(K(s) in s, len(s))\ns = set(range(100))\ns.add(K(s))\ns.add(K(s))\n'
        's.discard(K(s))\nprint(len(s))\n')
py_case('dict-eq-clears-big', "A key's __eq__ clears a dict of a hundred entries.",
        'class K:\n    def __init__(self, d):\n        self.d = d\n    def __hash__(self):\n        return 1\n'
        '    def __eq__(self, other):\n        self.d.clear()\n        return False\n'
        'd = dict.fromkeys(range(100))\nprint(K(d) in d, len(d))\nd = dict.fromkeys(range(100))\n'
        'print(d.pop(K(d), 0), len(d))\nd = dict.fromkeys(range(100))\nprint(d.get(K(d)), len(d))\n')
py_case('dict-eq-clears-iter', 'A dict cleared while iterating over it.',
        'd = {1: 1, 2: 2}\nfor k in d:\n    d.clear()\n')
py_case('del-creates-objects', 'A __del__ that creates new objects, also at exit.',
        'class A:\n    def __del__(self):\n        self.x = [A]\n        print("del", self.x)\n        B()\n'
        'class B:\n    def __init__(self):\n        self.me = self\n    def __del__(self):\n        print("B del")\n'
        'for i in range(3):\n    a = A()\nimport gc\ngc.collect()\nkeep = A()\n')
py_case('del-raises', 'A __del__ that raises: reported and ignored.',
        'class A:\n    def __del__(self):\n        raise ValueError("in del")\na = A()\ndel a\nprint("after")\n')
py_case('init-raises', 'An __init__ that raises, caught and uncaught.',
        'class A:\n    def __init__(self):\n        self.x = [1]\n        raise ValueError("no")\n'
        'try:\n    A()\nexcept ValueError as e:\n    print(e)\nA()\n')
py_case('list-insert-overflow', 'list.insert with an index past a C ssize_t.',
        'a = [1]\na.insert(-10 ** 30, 0)\n')
py_case('format-width-digits', 'A format width with too many digits.',
        "format(1, '1000000000000000000000d')\n")
py_case('format-precision-digits', 'A format precision with too many digits.',
        "format(1.5, '.1000000000000000000000f')\n")
py_case('percent-width-digits', 'A %-format width with too many digits.',
        "'%1000000000000000000000d' % 1\n")
py_case('percent-precision-digits', 'A %-format precision past a C int.',
        "'%.2147483648f' % 1.5\n")
py_case('format-field-index-digits', 'A str.format field index with too many digits.',
        "'{99999999999999999999999}'.format(1)\n")
write('format-width-bomb', "A width CPython would allocate (a gigabyte): refviz's MemoryError.",
      "format(1, '1000000000d')\n", exit=1, stderr=('MemoryError',))
write('fstring-width-bomb', "An f-string width CPython would allocate: refviz's MemoryError.",
      "x = f'{1:1000000000}'\n", exit=1, stderr=('MemoryError',))
write('format-precision-bomb', "A float precision CPython would allocate: refviz's MemoryError.",
      "format(1.5, '.1000000000f')\n", exit=1, stderr=('MemoryError',))
py_case('zero-pad-wide', 'A zero-padded width of a million digits (linear, not quadratic).',
        "print(len(format(7, '01000000,d')))\n")

# --- memory bombs -----------------------------------------------------------
py_case('bomb-list-repeat', '[0] * 10**10.', 'x = [0] * 10 ** 10\n')
py_case('bomb-tuple-repeat', '(0,) * 10**10.', 'x = (0,) * 10 ** 10\n')
write('bomb-str-repeat', "'a' * 10**10: MemoryError (CPython may really try).", "x = 'a' * 10 ** 10\n",
      exit=1, stderr=('MemoryError',))
py_case('bomb-list-imul', 'a *= 10**12.', 'a = [1, 2]\na *= 10 ** 12\n')
py_case('bomb-range-list', 'list(range(10**10)).', 'x = list(range(10 ** 10))\n')
write('grow-forever-limited', 'A list grown forever, stopped by --max-steps.',
      'a = []\nwhile True:\n    a.append(1)\n', args='run --max-steps 20000 "$CASE"', exit=1,
      stderr_has=('refviz: stopped after 20000 steps',))
write('loop-forever-limited', 'while True: pass with --max-steps.', 'while True:\n    pass\n',
      args='run --max-steps 1000 "$CASE"', exit=1, stderr_has=('refviz: stopped after 1000 steps',))
write('loop-forever-trace', 'An endless loop with a trace: the default step limit stops it.',
      'n = 0\nwhile True:\n    n += 1\n', args='run --format json -o "$TMP/t.json" "$CASE"', exit=1,
      stderr_has=('refviz: stopped after 100000 steps',), timeout=60)

# --- mutation during iteration ----------------------------------------------
py_case('mutate-dict-iter', 'A dict grown while iterating.', 'd = {1: 1}\nfor k in d:\n    d[k + 1] = 1\n')
py_case('mutate-set-iter', 'A set grown while iterating.', 's = {1}\nfor k in s:\n    s.add(k + 1)\n')
py_case('mutate-list-iter', 'A list grown while iterating (bounded).',
        'a = [1]\nfor x in a:\n    if len(a) < 1000:\n        a.append(x)\nprint(len(a))\n')
py_case('mutate-deque-iter', 'A deque grown while iterating.',
        'from collections import deque\nq = deque([1])\nfor x in q:\n    q.append(x)\n')
py_case('mutate-list-sort', 'A list changed by its own sort key.',
        'a = [3, 1, 2]\na.sort(key=lambda x: a.append(x) or x)\n')

# --- exports of self-referential containers ---------------------------------
selfref = ('a = []\na.append(a)\nd = {}\nd["self"] = d\nd["a"] = a\nt = (a, d)\n'
           'class N:\n    pass\nn = N()\nn.me = n\nn.items = [n, a, d, t]\n')
for fmt, out in (('json', '-o "$TMP/t.json"'), ('jsonl', '-o "$TMP/t.jsonl"'), ('text', ''),
                 ('dot', '-o "$TMP/t.dot"'), ('svg', '-o "$TMP/svg"'), ('png', '--final -o "$TMP/t.png"'),
                 ('pdf', '--final -o "$TMP/t.pdf"'), ('html', '-o "$TMP/t.html"')):
    write('selfref-' + fmt, 'Self-referential containers exported as %s.' % fmt, selfref,
          args='run --format %s %s "$CASE"' % (fmt, out.replace('-o "$TMP/t.dot"', '--final -o "$TMP/t.dot"')),
          exit=0, timeout=60)
write('selfref-heap-all', 'Self-referential containers, every object a node, full detail.', selfref,
      args='run --format text --heap all --detail full --show-classes "$CASE"', exit=0)

# --- many objects -----------------------------------------------------------
write('objects-100000-json', '100,000 objects in the final snapshot as JSON.',
      'a = [object() for _ in range(100000)]\n', args='run --format json --final -o "$TMP/t.json" "$CASE"',
      exit=0, timeout=120)
write('objects-100000-svg', '100,000 objects as one SVG (the drawing elides them).',
      'a = [object() for _ in range(100000)]\n', args='run --format svg --final -o "$TMP/t.svg" "$CASE"',
      exit=0, timeout=120)

# --- output handling --------------------------------------------------------
write('out-missing-dir-json', '-o into a directory that does not exist.', 'x = 1\n',
      args='run --format json -o "$TMP/nope/t.json" "$CASE"', exit=3,
      stderr_has=("refviz: error: cannot write", 'No such file or directory'))
write('out-missing-dir-svg', 'svg steps into a directory under a missing one.', 'x = 1\n',
      args='run --format svg -o "$TMP/nope/deeper/dir" "$CASE"', exit=3, stderr_has=('refviz: error:',))
write('out-missing-dir-png', 'A png into a missing directory.', 'x = 1\n',
      args='run --format png --final -o "$TMP/nope/t.png" "$CASE"', exit=3, stderr_has=('refviz: error:',))
for fmt in ('json', 'dot', 'svg', 'png', 'html', 'text'):
    extra = '--final ' if fmt in ('svg', 'png') else ''
    write('out-dev-full-' + fmt, '-o /dev/full as %s.' % fmt, 'x = [1]\n',
          args='run --format %s %s-o /dev/full "$CASE"' % (fmt, extra), exit=3, stderr_has=('refviz: error:',))
write('out-program-dev-full', "The program's own output to a full disk.", 'print(1)\n',
      stdout_to='/dev/full', exit=3, stderr=("refviz: error: cannot write the program's output: write error",))
write('out-program-closed', "The program's output to a closed stdout.", 'print(1)\n',
      stdout_to='closed', exit=3, stderr_has=("refviz: error: cannot write the program's output",))
write('out-pipe-closed', "The program's output to a pipe whose reader has gone: SIGPIPE, as for any filter.",
      'for i in range(100000):\n    print(i)\n', stdout_to='pipe-closed', exit=141)
write('out-pipe-closed-dot', 'dot output to a pipe whose reader has gone.',
      'a = [[1] * 30 for i in range(300)]\n', args='run --format dot "$CASE"', stdout_to='pipe-closed', exit=141)
write('out-file-is-dir', '-o naming an existing directory for a one-file format.', 'x = 1\n',
      args='run --format json -o "$TMP" "$CASE"', exit=3, stderr_has=('refviz: error:',))

# --- lessons ----------------------------------------------------------------
write('lesson-dotdot', 'A lesson name that climbs out of the lesson folders.', '',
      args='lesson ../../etc/passwd', exit=2,
      stderr=("refviz: error: '../../etc/passwd' is not a lesson: a lesson is a NAME (letters, digits, '-' and '_') or a FILE.py",))
write('lesson-slash', 'A lesson name with a slash.', '', args='lesson a/b', exit=2,
      stderr_has=("refviz: error: 'a/b' is not a lesson",))
write('lesson-missing-py', 'A lesson FILE.py that does not exist.', '', args='lesson ../nope.py', exit=2,
      stderr=("refviz: error: '../nope.py' is not a lesson: no such file",))
write('lesson-unknown', 'A lesson name nobody wrote.', '', args='lesson no-such-lesson', exit=2,
      stderr=("refviz: error: no lesson named 'no-such-lesson' (try 'refviz lesson list')",))
write('lesson-name-is-local-file', 'A lesson NAME is looked up by name, never as a file in the working directory.',
      '', args='lesson aliasing --final', setup=("printf 'print(\"not the lesson\")\\n' > aliasing",), exit=0,
      stdout=('Aliasing',))
write('lesson-binary', 'A binary file given as a lesson.', '', args='lesson "$IN"',
      setup=("printf '\\177ELF\\0\\0\\0' > in.py", 'mv in.py "$IN"'), exit=2, stderr_has=('refviz: error:',))

# --- option misuse ----------------------------------------------------------
opt = [
    ('max-items-0', '--max-items 0 --format text', 0, None),
    ('max-items-huge', '--max-items 18446744073709551615 --format text', 0, None),
    ('max-items-overflow', '--max-items 99999999999999999999 --format text', 2,
     "refviz: --max-items needs a number, not '99999999999999999999'"),
    ('max-items-negative', '--max-items -1 --format text', 2, "refviz: --max-items needs a number, not '-1'"),
    ('max-steps-space-negative', '--max-steps " -1"', 2, "refviz: --max-steps needs a number, not ' -1'"),
    ('max-steps-plus', '--max-steps +5', 2, "refviz: --max-steps needs a number, not '+5'"),
    ('max-steps-empty', '--max-steps ""', 2, "refviz: --max-steps needs a number, not ''"),
    ('max-steps-hex', '--max-steps 0x10', 2, "refviz: --max-steps needs a number, not '0x10'"),
    ('max-depth-text', '--max-depth deep --format text', 2, "refviz: --max-depth needs a number, not 'deep'"),
    ('step-zero', '--step 0 --format text', 2, "refviz: run: --step counts from 1"),
    ('step-past-end', '--step 99999 --format text', 2, None),
    ('dpi-zero', '--dpi 0 --format png --final -o "$TMP/t.png"', 2, "refviz: --dpi: '0' is not a number from 24 to 1200"),
    ('dpi-space', '--dpi " 100" --format png --final -o "$TMP/t.png"', 2, "refviz: --dpi: ' 100' is not a number from 24 to 1200"),
    ('scale-zero', '--scale 0 --format svg --final -o "$TMP/t.svg"', 2, None),
    ('scale-nan', '--scale nan --format svg --final -o "$TMP/t.svg"', 2, None),
    ('fit-tiny', '--fit 1x1 --format svg --final -o "$TMP/t.svg"', 2, None),
    ('format-unknown', '--format yaml', 2, None),
    ('format-repeated', '--format json --format text', 0, None),
    ('heap-bad', '--heap some', 2, "refviz: --heap is 'all' or 'inline', not 'some'"),
    ('engine-bad', '--engine pypy', 2, "refviz: --engine is auto, model or cpython, not 'pypy'"),
    ('unknown-long', '--frobnicate', 2, "refviz: run: unrecognized option '--frobnicate'"),
    ('unknown-short', '-x', 2, "refviz: run: unrecognized option '-x'"),
    ('no-arg-flag-with-arg', '--final=yes', 2, "refviz: run: unrecognized option '--final=yes'"),
]
for name, a, rc, msg in opt:
    write('opt-' + name, 'Option misuse: %s.' % a, 'x = [1, 2, 3]\n', args='run %s "$CASE"' % a, exit=rc,
          stderr=(msg,) if msg else (), stderr_has=('refviz: ',) if rc == 2 and not msg else ())
for o in ('max-steps', 'max-items', 'format', 'output', 'step', 'engine', 'code'):
    write('opt-missing-arg-' + o, 'A missing argument to --%s names the option.' % o, '',
          args='run --%s' % o, exit=2, stderr=("refviz: run: option '--%s' needs an argument" % o,))
write('opt-missing-arg-short', 'A missing argument to -c.', '', args='run -c', exit=2,
      stderr=("refviz: run: option '-c' needs an argument",))
write('opt-lesson-missing-arg', 'A missing argument to a lesson option.', '', args='lesson aliasing --max-steps', exit=2,
      stderr=("refviz: lesson: option '--max-steps' needs an argument",))
write('opt-unknown-command', 'An unknown command.', '', args='frobnicate', exit=2,
      stderr=("refviz: unknown command 'frobnicate'",))

# --- unsupported constructs: refviz's own error, never a fake exception ------
for name, src, what in (('exec', 'exec("x = 1")\n', 'the built-in exec'),
                        ('eval', 'print(eval("1 + 1"))\n', 'the built-in eval'),
                        ('import-builtin', '__import__("math")\n', 'the built-in __import__'),
                        ('metaclass', 'class M(type):\n    pass\n', "subclassing the built-in type 'type'"),
                        ('type-3-args', 'X = type("X", (), {})\n', 'type() with 3 arguments'),
                        ('generic-alias', 'x = list[int]\n', "subscripting the type 'list'")):
    write('unsupported-' + name, 'Outside the model: %s.' % what, src, args='run --engine model "$CASE"',
          exit=1, stderr_has=('refviz: unsupported: ' + what,))
print('ok', len(os.listdir(OUT)))
