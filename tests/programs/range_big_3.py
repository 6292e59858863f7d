# Iterating a range whose values do not fit in a C long uses another
# iterator type, longrange_iterator, which counts with ints.
r = range(2**64 - 2, 2**64 + 2)
for x in r:
    print(x)
# expect: 18446744073709551614
# expect: 18446744073709551615
# expect: 18446744073709551616
# expect: 18446744073709551617
print(list(reversed(r)))
# expect: [18446744073709551617, 18446744073709551616, 18446744073709551615, 18446744073709551614]
print(type(iter(r)).__name__, type(reversed(r)).__name__)  # expect: longrange_iterator longrange_iterator
print(type(iter(range(5))).__name__)  # expect: range_iterator
it = iter(range(2**70, -2**70, -2**69))
print(next(it), next(it), next(it), next(it), next(it, 'done'))
# expect: 1180591620717411303424 590295810358705651712 0 -590295810358705651712 done
# CPython picks the type from C longs: start, stop, step and the length
# must fit, and stop + step - 1 too, so bounds near 2**63 iterate as longs.
M = 2**63 - 1
for b in [(0, M), (0, M, 2), (M - 5, M, 2), (0, 10, M), (-M - 1, M), (-M - 1, -M + 5, 2)]:
    print(type(iter(range(*b))).__name__, type(reversed(range(*b))).__name__)
# expect: range_iterator range_iterator
# expect: longrange_iterator range_iterator
# expect: longrange_iterator range_iterator
# expect: longrange_iterator range_iterator
# expect: longrange_iterator longrange_iterator
# expect: range_iterator longrange_iterator
print(list(range(M - 5, M, 2)), list(reversed(range(-M - 1, -M + 5, 2))))
# expect: [9223372036854775802, 9223372036854775804, 9223372036854775806] [-9223372036854775804, -9223372036854775806, -9223372036854775808]
import sys
print(sys.getsizeof(range(2**70)), sys.getsizeof(range(3)))  # expect: 48 48
print(sum(range(2**70, 2**70 + 3)), max(range(-2**70, -2**70 + 5)))  # expect: 3541774862152233910275 -1180591620717411303420
