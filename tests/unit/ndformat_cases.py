#!/usr/bin/python3
"""tests/unit/ndformat_cases.py - writes ndformat_cases.h, the expected
output of NumPy 1.24's repr() and str() for the cases check_ndformat.c runs.

Needs a Python with NumPy 1.24 (Debian's /usr/bin/python3 with
python3-numpy); run from the source tree and review the diff:

    /usr/bin/python3 tests/unit/ndformat_cases.py > tests/unit/ndformat_cases.h

Each array case gives the bytes the array's elements span (read from its
memory, so views keep their strides, negative or zero, and their offset),
its dtype, shape and strides, and what repr and str print.  Scalar cases
give one element and its repr and str.  The random cases use a fixed seed,
so the output is the same on every run.
"""
import ctypes
import random
import sys

import numpy as np

np.seterr(all='ignore')

assert np.__version__.startswith('1.24'), np.__version__

DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16',
          'uint32', 'uint64', 'float32', 'float64']
ENUM = {name: 'RV_ND_' + name.upper() for name in DTYPES}

GROUPS = []          # (name, [cases])


def group(name):
    cases = []
    GROUPS.append((name, cases))
    return cases.append


def span(a):
    """The bytes from the lowest to the highest element address, and the
    offset of element [0,...,0] in them."""
    lo = hi = 0
    for n, s in zip(a.shape, a.strides):
        if n == 0:
            return b'', 0
        end = (n - 1) * s
        if end < 0:
            lo += end
        else:
            hi += end
    addr = a.__array_interface__['data'][0]
    return ctypes.string_at(addr + lo, hi - lo + a.itemsize), -lo


def c_bytes(data):
    return '"' + ''.join('\\x%02x' % b for b in data) + '"'


def c_str(text):
    out = text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
    assert all(32 <= ord(c) < 127 for c in out), text
    return '"' + out + '"'


def emit_array(a):
    a = np.asarray(a)
    assert a.dtype.name in ENUM, a.dtype
    data, offset = span(a)
    shape = ', '.join(str(n) for n in a.shape) or '0'
    strides = ', '.join(str(s) for s in a.strides) or '0'
    return ('    { %s, %d, { %s }, { %s }, %d, %d, %s,\n      %s,\n      %s },'
            % (ENUM[a.dtype.name], a.ndim, shape, strides, offset, len(data),
               c_bytes(data), c_str(repr(a)), c_str(str(a))))


def emit_scalar(x):
    return ('    { %s, %s, %s, %s },'
            % (ENUM[x.dtype.name], c_bytes(x.tobytes()), c_str(repr(x)), c_str(str(x))))


# ---- the cases ------------------------------------------------------------

rng = random.Random(1024)
np_rng = np.random.default_rng(1024)

add = group('ints')
for a in [np.array([1, 2, 3]), np.array([-1, 0, 10]), np.array([0]), np.array(7),
          np.array(-3), np.array([[1, 2], [3, 4], [5, 6]]), np.array([1, 2, 3, 4, 5]),
          np.arange(10), np.arange(30), np.arange(100), np.arange(-50, 50),
          np.arange(1000), np.array([2**63 - 1, -2**63]), np.array([123456789012, 5]),
          np.arange(24).reshape(2, 3, 4), np.arange(120).reshape(2, 3, 4, 5),
          np.arange(60).reshape(3, 20), np.arange(26).reshape(1, 26),
          np.arange(27).reshape(1, 1, 27), np.array([[10**15, -1], [3, 4]]),
          np.arange(8).reshape(2, 2, 2, 1), np.arange(2**5).reshape((2,) * 5)]:
    add(emit_array(a))
for t in ['int8', 'int16', 'int32', 'uint8', 'uint16', 'uint32', 'uint64']:
    info = np.iinfo(t)
    for a in [np.array([1, 2, 3], dtype=t), np.array([info.min, info.max], dtype=t),
              np.array(5, dtype=t), np.arange(40, dtype=t), np.arange(12, dtype=t).reshape(3, 4),
              np.array([[info.max, 0], [1, info.min]], dtype=t),
              np.arange(min(int(info.max), 300), dtype=t)]:
        add(emit_array(a))
# Widths that make the dtype suffix wrap onto its own line.
for n in range(14, 26):
    add(emit_array(np.arange(n, dtype='int32')))
    add(emit_array(np.arange(n, dtype='int8') * 3))
for n in range(60, 80):
    add(emit_array(np.arange(n - 20, n, dtype='int16')))

add = group('bools')
for a in [np.array([True, False]), np.array(True), np.array(False), np.array([True]),
          np.array([False, False]), np.array([[True, False], [False, True]]),
          np.array([True, False] * 20), np.arange(30).reshape(5, 6) % 3 == 0,
          np.zeros((2, 2, 3), dtype=bool), np.ones(13, dtype=bool)]:
    add(emit_array(a))

add = group('floats')
fixed = [
    [1.0, 2.0, 3.0], [1.5, 2.25], [0.1, 0.2, 0.3], [0.1 + 0.2], [1 / 3, 2 / 3],
    [0.0], [-0.0], [0.0, -0.0], [-1.5, 2.0], [1e-4, 1.0], [9.9e-5, 1.0], [1e8],
    [99999999.0], [1e7, 1.0], [1000.0, 1.0], [1000.1, 1.0], [1e-5], [1e-5, 1e5],
    [1e-300, 1e300], [1.5e-310], [5e-324], [1.7976931348623157e308], [1e100, 1e-100],
    [np.nan], [np.inf], [-np.inf], [np.nan, np.inf, -np.inf], [np.nan, 1.5], [np.inf, 1e10],
    [-np.inf, 1e-10], [np.nan, -0.0], [1.000000001], [0.001953125], [0.123456789123],
    [0.123456785], [1.23456789e-3, 1.0], [123.456, 0.001], [3.14159265358979],
    [2.5, 3.5, 0.5], [1e16], [1e15, 1.0], [12345678.9], [0.00011], [1.23e-4, 1.0],
    [1e23], [9.999999999e5], [9.9999999999e-1], [0.5, 0.25, 0.125, 0.0625],
    [1.0, np.nan, 3.0], [-1.0, np.inf], [1e3, 1e-3], [-1e-5, 2.0], [100.0, 0.1],
    [1e10, 1e-10, np.nan], [4.35, -1.25e-7], [1.0, 2.0, 1e8], [0.99999999999],
    [1234.5678901234], [2.0 ** 60], [-(2.0 ** -20)], [6.02214076e23, 1.602e-19],
]
for v in fixed:
    add(emit_array(np.array(v)))
    add(emit_array(np.array(v, dtype='float32')))
for x in [1.5, 0.1, -0.0, 1e-5, 1e20, np.nan, -np.inf, 3.0, 1e-4, 123456789.0]:
    add(emit_array(np.array(x)))
    add(emit_array(np.array(x, dtype='float32')))
for a in [np.linspace(0, 1, 11), np.linspace(0, 1, 7), np.linspace(-5, 5, 30),
          np.arange(100.0), np.arange(30.0).reshape(5, 6) / 7, np.arange(24.0).reshape(2, 3, 4) * 1.5,
          np.sqrt(np.arange(20.0)), np.arange(10.0) ** 10, np.arange(50.0) * 1e-5,
          np.array([[1.5, np.nan], [np.inf, -2.0]]), np.linspace(0, 1, 20, dtype='float32'),
          np.float32(1) / np.arange(1, 30, dtype='float32'), np.array([0.1, 0.2], dtype='float32') * 3,
          np.array([np.float32(0.0001)]), np.array([np.float32(1.1e10)]),
          np.array([16777217.0, 1.0], dtype='float32'), np.array([3.4028235e38], dtype='float32'),
          np.array([2 ** -149, 1.0], dtype='float32'), np.array([1e-38, 1.0], dtype='float32'),
          np.exp(np.linspace(-20, 20, 13)), np.array([1e-5, 1e-50, 1e-100, 1e-200])]:
    add(emit_array(a))

add = group('views')
base = np.arange(24).reshape(4, 6)
fbase = np.arange(24.0).reshape(4, 6) / 4
for a in [base[::2], base[:, ::2], base[::-1], base[:, ::-1], base[::-1, ::-2], base.T,
          base[1:3, 2:5], base[:, 1], base[2], base[1:2, :], base[:, 3:4], base[::3, ::5],
          fbase[::-1, 1::2], fbase.T[::2], np.arange(10)[::-1], np.arange(10)[::-3],
          np.arange(10.0)[7:2:-2], np.arange(60).reshape(3, 4, 5)[:, ::-1, ::2],
          np.arange(60).reshape(3, 4, 5).transpose(2, 0, 1),
          np.broadcast_to(np.arange(3), (4, 3)), np.broadcast_to(np.arange(3.0)[:, None], (3, 5)),
          np.broadcast_to(np.array(5), (10,)), np.broadcast_to(np.array(True), (2, 3)),
          np.broadcast_to(np.arange(4, dtype='int8'), (2, 3, 4)),
          np.broadcast_to(np.array(1.5), (2000,)), np.broadcast_to(np.arange(5), (300, 5)),
          np.arange(16, dtype='uint16').reshape(4, 4)[::-1, ::-1],
          np.arange(12, dtype='float32').reshape(3, 4)[:, ::-3],
          np.frombuffer(bytes(range(1, 26)), dtype='uint8')[1:].view('int32'),
          np.ndarray((3,), dtype='int32', buffer=bytes(range(13)), offset=1),
          np.ndarray((2, 2), dtype='float64', buffer=np.arange(5.0).tobytes(), offset=4,
                     strides=(12, 8))]:
    add(emit_array(a))

add = group('empty')
for t in DTYPES:
    add(emit_array(np.array([], dtype=t)))
for shape in [(0, 3), (3, 0), (2, 0, 4), (0, 0), (1, 0), (0, 1, 1)]:
    add(emit_array(np.zeros(shape, dtype='int64')))
    add(emit_array(np.zeros(shape, dtype='float32')))
add(emit_array(np.zeros((0, 3), dtype=bool)))
add(emit_array(np.arange(10)[5:5]))

add = group('summarized')
for a in [np.arange(1001), np.arange(2000), np.arange(1001.0), np.arange(2000).reshape(2, 1000),
          np.arange(2000).reshape(1000, 2), np.arange(3000, dtype='int16').reshape(10, 10, 30),
          np.arange(1200).reshape(40, 30) * 1.5, np.arange(1100, dtype='int8'),
          np.arange(2000, dtype='uint16').reshape(40, 50), np.arange(1001) % 2 == 0,
          np.linspace(0, 1, 1500, dtype='float32'), np.arange(4000, dtype='int32').reshape(4, 1000)[:, ::-1],
          np.arange(1024).reshape(2, 2, 2, 2, 2, 2, 2, 2, 2, 2),
          np.arange(1008).reshape(7, 144), np.arange(2000.0).reshape(1000, 2)[:, 0] * 1e-5,
          np.arange(1001)[::-1], np.arange(3003, dtype='int32')[::3]]:
    add(emit_array(a))

add = group('edges')
for a in [np.array([-0.0, 1e-5]), np.array([np.nan, 1e-5, 1.5e10]), np.array([-np.inf, 1e-5]),
          np.array(1e-5, dtype='float32'), np.array([np.nan, -np.inf], dtype='float32'),
          # max/min is 1000 in float32 but just above it in double
          np.array([1.0000001, 1000.0001220703125], dtype='float32'),
          np.array([2.0 ** k for k in range(-20, 40, 3)]),
          np.array([2.0 ** k for k in range(-20, 40, 3)], dtype='float32'),
          np.array([2.0 ** k for k in range(-3, 20)]), np.array([2.0 ** -k for k in range(1, 14)]),
          np.linspace(0, 1, 120).reshape(2, 3, 20), np.linspace(-1, 1, 120).reshape(2, 3, 20) * 1e-6,
          np.arange(1400).reshape(7, 200), np.arange(1200).reshape(6, 200) * 0.5,
          np.arange(1400.0).reshape(7, 200)[::-1, ::-1] ** 3, np.arange(7007).reshape(7, 7, 143),
          np.array([[1.5, 2.0, 3.25]] * 4, dtype='float32'), np.eye(4), np.eye(3, dtype=bool),
          np.array([[1e-5, 1], [2, 3]]), np.array([0.1, 0.25, np.nan, np.inf, -np.inf, -0.0]),
          np.array([1e8 - 1, 1.0]), np.array([1e8 - 0.5]), np.array([0.0001, 0.1]),
          np.array([5e-5, 0.0]), np.array([0.0, 0.0]), np.array([np.nan, np.nan]),
          np.array([123456789.0, 0.5]), np.array([-1e-300, 1e-320]),
          np.arange(2).reshape((1,) * 31 + (2,)), np.zeros((1,) * 32, dtype='float32'),
          np.arange(2 ** 11, dtype='int16').reshape((2,) * 11)[..., ::-1],
          np.arange(64).reshape((2,) * 6).transpose(5, 4, 3, 2, 1, 0),
          # float32 integers past 2**24: all the integer digits, not the shortest
          np.array(99999992.0, dtype='float32'), np.array([99999992.0, 5e5], dtype='float32'),
          np.array([16777218.0, 33554436.0, 50000004.0, 99999984.0], dtype='float32'),
          np.array([99999992.0, 0.5, 999.0], dtype='float32')]:
    add(emit_array(a))

# Random arrays: any dtype, 0 to 3 dimensions, values of mixed magnitudes.
add = group('random')


def random_values(t, n):
    if t == 'bool':
        return np_rng.integers(0, 2, n).astype(bool)
    if t.startswith('int') or t.startswith('uint'):
        info = np.iinfo(t)
        bits = rng.choice([3, 7, 10, 20, 40, 64])
        lo = max(int(info.min), -(2 ** bits))
        hi = min(int(info.max), 2 ** bits)
        return np.array([rng.randint(lo, hi) for _ in range(n)], dtype=t)
    kind = rng.choice(['unit', 'small', 'wide', 'ints', 'round', 'special', 'huge', 'cut',
                       'near', 'big'])
    if kind == 'unit':
        v = np_rng.random(n)
    elif kind == 'small':
        v = np_rng.random(n) * 10 ** rng.randint(-8, 0)
    elif kind == 'wide':
        v = np_rng.standard_normal(n) * 10.0 ** np_rng.integers(-30, 30, n)
    elif kind == 'ints':
        v = np_rng.integers(-1000, 1000, n).astype(float)
    elif kind == 'round':
        v = np.round(np_rng.standard_normal(n) * 100, rng.randint(0, 4))
    elif kind == 'huge':
        v = np_rng.standard_normal(n) * 10.0 ** rng.randint(5, 300 if t == 'float64' else 37)
    elif kind == 'cut':
        # many decimals: the digits stop at the 8th fractional place
        v = np.round(np_rng.random(n) * 10.0 ** rng.randint(-3, 7), rng.randint(7, 12))
    elif kind == 'big':
        # past 2**24 a float32's shortest digits can stop above the units
        v = np_rng.uniform(2 ** 24, 1e8, n)
    elif kind == 'near':
        # about the thresholds of scientific notation: 1e-4, 1e8, max/min 1e3
        v = np_rng.choice([1e-4, 1e8, 1.0, 1000.0, 0.1, 100.0], n)
        v = v * (1 + np_rng.choice([0.0, 1e-7, -1e-7, 1e-16, -1e-16], n))
    else:
        v = np_rng.choice([0.0, -0.0, np.nan, np.inf, -np.inf, 1.5, -2.25, 1e-7, 3e9], n)
    return np.array(v, dtype=t)


for _ in range(260):
    t = rng.choice(DTYPES + ['float64', 'float32', 'int64', 'float64'])
    ndim = rng.choice([0, 1, 1, 1, 2, 2, 3])
    shape = tuple(rng.randint(1, [1, 40, 9, 5][ndim]) for _ in range(ndim))
    a = random_values(t, int(np.prod(shape))).reshape(shape)
    if ndim and rng.random() < 0.3:
        a = a[tuple(slice(None, None, rng.choice([-1, 2, -2])) for _ in range(ndim))]
    add(emit_array(a))

add = group('scalars')
scalars = [np.True_, np.False_, np.int64(3), np.int64(-2**63), np.int8(3), np.int8(-128),
           np.uint8(255), np.uint16(65535), np.int16(-5), np.int32(2**31 - 1),
           np.uint32(2**32 - 1), np.uint64(2**64 - 1), np.uint64(0)]
for x in [1.5, 0.1, 1.0, 0.0, -0.0, 1e16, 1e15, 9999999999999998.0, 1e-4, 9.9e-5, 1e-5,
          1.5e-5, 1e23, 1e100, -1e-300, 5e-324, 1.7976931348623157e308, np.nan, np.inf,
          -np.inf, 123456.789, 1 / 3, 2.0 ** 70, 0.30000000000000004, 100.0, 1e22]:
    scalars += [np.float64(x), np.float32(x)]
scalars += [np.float32(1.1e10), np.float32(0.0001), np.float32(16777216.0), np.float32(2 ** -149),
            np.float32(3.4028235e38), np.float32(1e-38)]
for _ in range(150):
    e = rng.randint(-45, 38)
    scalars.append(np.float32(rng.random() * 10.0 ** e))
    e = rng.randint(-320, 308)
    scalars.append(np.float64(rng.random() * 10.0 ** e))
for _ in range(100):
    scalars.append(np.frombuffer(rng.getrandbits(32).to_bytes(4, 'little'), dtype='float32')[0])
    scalars.append(np.frombuffer(rng.getrandbits(64).to_bytes(8, 'little'), dtype='float64')[0])
# Powers of two: the interval that reads back is lopsided there.
scalars += [np.float32(2.0 ** k) for k in range(-149, 128, 3)]
scalars += [np.float64(2.0 ** k) for k in range(-1074, 1024, 17)]
scalars += [np.float64(2.0 ** k) for k in range(-30, 80)]
for x in scalars:
    add(emit_scalar(x))

# Floats chosen from raw bits (every exponent, odd and even mantissas)
# exercise the shortest-digits search in arrays too.
add = group('bits')
for _ in range(120):
    t = rng.choice(['float32', 'float64'])
    raw = np_rng.integers(0, 256, 8 * rng.randint(1, 6), dtype='uint8').tobytes()
    a = np.frombuffer(raw, dtype=t).copy()
    add(emit_array(a))


def main():
    w = sys.stdout.write
    w('/* Generated by tests/unit/ndformat_cases.py from NumPy %s: do not edit. */\n'
      % np.__version__)
    w('#include <stdint.h>\n\n')
    arrays = [(n, c) for n, c in GROUPS if n != 'scalars']
    w('static const nd_case_t nd_cases[] = {\n')
    ranges = []
    count = 0
    for name, cases in arrays:
        ranges.append((name, count, count + len(cases)))
        count += len(cases)
        for c in cases:
            w(c + '\n')
    w('};\n\n')
    w('static const nd_group_t nd_groups[] = {\n')
    for name, lo, hi in ranges:
        w('    { "%s", %d, %d },\n' % (name, lo, hi))
    w('};\n\n')
    w('static const nd_scalar_case_t nd_scalar_cases[] = {\n')
    for name, cases in GROUPS:
        if name == 'scalars':
            for c in cases:
                w(c + '\n')
    w('};\n')


main()
