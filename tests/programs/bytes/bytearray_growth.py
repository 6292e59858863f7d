# A bytearray over-allocates as it grows, like a list, but by its own rule
# (PyByteArray_Resize): sys.getsizeof is 56 plus the allocated bytes.
import sys

def steps(grow, rounds):
    buf = bytearray()
    seen = [(0, sys.getsizeof(buf))]
    for _ in range(rounds):
        grow(buf)
        if sys.getsizeof(buf) != seen[-1][1]:
            seen.append((len(buf), sys.getsizeof(buf)))
    return seen

print(steps(lambda b: b.append(0), 200))  # expect: [(0, 56), (1, 58), (2, 61), (5, 64), (8, 68), (12, 75), (19, 83), (27, 92), (36, 102), (46, 113), (57, 126), (70, 140), (84, 156), (100, 174), (118, 194), (138, 217), (161, 243), (187, 272)]
print(steps(lambda b: b.extend(b'xy'), 100))  # expect: [(0, 56), (2, 59), (4, 61), (6, 63), (8, 65), (10, 73), (18, 82), (26, 91), (36, 102), (46, 113), (58, 127), (72, 143), (88, 161), (106, 181), (126, 203), (148, 228), (172, 255), (200, 287)]
print(steps(lambda b: b.extend([1, 2, 3]), 60))  # expect: [(0, 56), (3, 60), (6, 63), (9, 66), (12, 69), (15, 72), (18, 82), (27, 92), (36, 102), (48, 116), (60, 129), (75, 146), (90, 163), (108, 183), (129, 207), (153, 234), (180, 264)]
def iadd(b):
    b += b'abcde'
print(steps(iadd, 40))  # expect: [(0, 56), (5, 62), (10, 67), (15, 72), (20, 77), (25, 82), (30, 87), (35, 92), (40, 107), (55, 123), (70, 140), (85, 157), (105, 180), (125, 202), (150, 230), (175, 258)]
print(steps(lambda b: b.insert(0, 1), 40))  # expect: [(0, 56), (1, 58), (2, 61), (5, 64), (8, 68), (12, 75), (19, 83), (27, 92), (36, 102)]
print([sys.getsizeof(bytearray(n)) for n in range(6)])  # expect: [56, 58, 59, 60, 61, 62]
print([sys.getsizeof(bytearray(range(n))) for n in range(10)])  # expect: [56, 58, 61, 61, 61, 64, 64, 64, 68, 68]
print([sys.getsizeof(bytearray(b'x' * n)) for n in range(6)])  # expect: [56, 58, 59, 60, 61, 62]
print([sys.getsizeof(bytearray(b'ab') * n) for n in range(5)])  # expect: [56, 59, 61, 63, 65]
shrink = bytearray(b'x' * 100)
sizes = []
while shrink:
    shrink.pop()
    if not sizes or sizes[-1][1] != sys.getsizeof(shrink):
        sizes.append((len(shrink), sys.getsizeof(shrink)))
print(sizes)  # expect: [(99, 157), (49, 106), (24, 81), (11, 68), (5, 62), (2, 59), (0, 57)]
front = bytearray(b'x' * 40)
del front[:10]
print(sys.getsizeof(front))  # expect: 97
front.extend(b'y' * 10)
print(sys.getsizeof(front))  # expect: 107
del front[:25]
print(sys.getsizeof(front), front)  # expect: 72 bytearray(b'xxxxxyyyyyyyyyy')
