# randbytes(n) is getrandbits(n * 8) as n bytes, least significant first;
# a seed may be bytes or bytearray too.
import random

random.seed(b'seed')
print(random.random())  # expect: 0.1382359792209653
random.seed(bytearray(b'seed'))
print(random.random())  # expect: 0.1382359792209653
random.seed(b'seed', version=1)
print(random.random())  # expect: 0.9892932758597915
random.seed(5)
print(random.randbytes(4), random.randbytes(0), len(random.randbytes(9)))  # expect: b'E|v\x9f' b'' 9
print(random.Random(1).randbytes(3))  # expect: b'\xb1e"'
try:
    random.seed(bytearray(b'seed'), version=1)
except TypeError as e:
    print(e)  # expect: unhashable type: 'bytearray'
for bad in [-1, 2.5]:
    try:
        random.randbytes(bad)
    except Exception as e:
        print(type(e).__name__, e)  # expect: ValueError number of bits must be non-negative
        # expect: TypeError 'float' object cannot be interpreted as an integer
