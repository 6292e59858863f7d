#!/usr/bin/env python3
"""tests/unit/check_str_gen.py - keeps check_str.c's expected outcomes honest.

The tables between BEGIN GENERATED and END GENERATED in check_str.c list
calls (a str method with its arguments, an operator, a repr) and the outcome
CPython gives: the repr of the result, or "!Type: message".  This script runs
every call on python3 and compares.

    check_str_gen.py check_str.c            report differences, exit 1 if any
    check_str_gen.py --update check_str.c   rewrite the expected outcomes

To add a case, add a row with any expected string and run --update; review
the diff before committing it.
"""
import re
import sys

SEP = 0o37


def c_unescape(body):
    """The bytes of a C string literal's body."""
    out = bytearray()
    i = 0
    simple = {'n': 10, 't': 9, 'r': 13, '\\': 92, '"': 34, "'": 39, '?': 63,
              'a': 7, 'b': 8, 'f': 12, 'v': 11}
    while i < len(body):
        ch = body[i]
        if ch != '\\':
            out += ch.encode('utf-8')
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in '01234567':
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in '01234567':
                j += 1
            out.append(int(body[i + 1:j], 8))
            i = j
        elif nxt == 'x':
            j = i + 2
            while j < len(body) and body[j] in '0123456789abcdefABCDEF':
                j += 1
            out.append(int(body[i + 2:j], 16))
            i = j
        else:
            out.append(simple[nxt])
            i += 2
    return bytes(out)


def c_escape(data):
    """A C string literal body for data, in the tables' style: printable
    ASCII as is, everything else as a three-digit octal escape."""
    out = []
    for b in data:
        if b == 0x5c:
            out.append('\\\\')
        elif b == 0x22:
            out.append('\\"')
        elif 0x20 <= b < 0x7f:
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    return ''.join(out)


def split_items(data):
    return [] if not data else data.split(bytes([SEP]))


def decode(e):
    """The value an encoded table entry stands for (mirrors mk_n)."""
    tag, rest = chr(e[0]), e[1:]
    if tag == 's':
        text = bytearray()
        i = 0
        while i < len(rest):
            if rest[i] == 0x5c and i + 1 < len(rest):
                i += 1
                text.append({0x30: 0, 0x75: SEP}.get(rest[i], rest[i]))
            else:
                text.append(rest[i])
            i += 1
        return bytes(text).decode('utf-8', 'surrogatepass')
    if tag == 'i':
        return int(rest.decode())
    if tag == 'N':
        return None
    if tag == 'b':
        return rest == b'1'
    items = [decode(x) for x in split_items(rest)]
    if tag == 'T':
        return tuple(items)
    if tag == 'L':
        return items
    if tag == 'D':
        return dict(zip(items[0::2], items[1::2]))
    if tag == 'S':
        return slice(*items)
    raise ValueError('bad encoding %r' % e)


def outcome(thunk):
    try:
        r = repr(thunk())
    except Exception as exc:  # the outcome under test is the exception
        r = '!%s: %s' % (type(exc).__name__, exc)
    return r.encode('utf-8', 'surrogatepass')


OPS = {
    '<': lambda a, b: a < b, '<=': lambda a, b: a <= b,
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
    '>': lambda a, b: a > b, '>=': lambda a, b: a >= b,
    '[]': lambda a, b: a[b], '+': lambda a, b: a + b,
    '*': lambda a, b: a * b, '-': lambda a, b: a - b,
    '/': lambda a, b: a / b, 'in': lambda a, b: a in b,
    'len': lambda a, b: len(a), 'bool': lambda a, b: bool(a),
    'repr': lambda a, b: repr(a), 'str': lambda a, b: str(a),
    'sizeof': lambda a, b: sys.getsizeof(a), 'list': lambda a, b: list(a),
}

TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(NULL)|(-?\d+)')


def tokens(line):
    """(kind, value, span) for each string, NULL and number of a row."""
    for m in TOKEN.finditer(line):
        if m.group(1) is not None:
            yield 's', c_unescape(m.group(1)), m.span()
        elif m.group(2):
            yield 'N', None, m.span()
        else:
            yield 'n', int(m.group(3)), m.span()


def expected_for(table, toks):
    vals = [v for _, v, _ in toks]
    if table == 'meth':
        self_, meth = decode(vals[0]), vals[1].decode()
        nums = [i for i, (k, _, _) in enumerate(toks) if k == 'n']
        nargs, nkw = vals[nums[0]], vals[nums[1]]
        argv = [decode(v) for v in vals[2:nums[0]] if v is not None]
        kwn = [v.decode() for v in vals[nums[0] + 1:nums[1]] if v is not None]
        pos, kwv = argv[:nargs], argv[nargs:nargs + nkw]
        kw = dict(zip(kwn, kwv))
        return outcome(lambda: getattr(self_, meth)(*pos, **kw))
    if table == 'op':
        op = vals[0].decode()
        a = decode(vals[1])
        b = decode(vals[2]) if vals[2] is not None else None
        return outcome(lambda: OPS[op](a, b))
    return outcome(lambda: decode(vals[0]))


def main(argv):
    update = '--update' in argv
    path = [a for a in argv if not a.startswith('--')][0]
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    table, inside, diffs = None, False, 0
    for n, line in enumerate(lines):
        if 'BEGIN GENERATED' in line:
            inside = True
        elif 'END GENERATED' in line:
            inside = False
        if not inside:
            continue
        m = re.match(r'static const \w+ (\w+?)_cases', line) or \
            re.match(r'static const char \*const (\w+?)_cases', line)
        if m:
            table = m.group(1)
        if not line.lstrip().startswith('{ "'):
            continue
        toks = list(tokens(line))
        want = expected_for(table, toks[:-1])
        got_kind, got, span = toks[-1]
        if got == want:
            continue
        diffs += 1
        if update:
            lines[n] = line[:span[0]] + '"' + c_escape(want) + '"' + line[span[1]:]
        else:
            print('%s:%d: expected %r, python3 gives %r' % (path, n + 1, got, want))
    if update:
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines))
        print('%d outcome(s) updated' % diffs)
        return 0
    return 1 if diffs else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
