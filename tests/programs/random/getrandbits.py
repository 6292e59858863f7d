# getrandbits(k) draws 32-bit words, least significant first, and cuts the
# last one to what is left.
import random
import sys

random.seed(12345)
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(8))  # expect: 0 0 187
print(random.getrandbits(32), random.getrandbits(33), random.getrandbits(64))  # expect: 43676229 7817590892 5508932873585391847
print(random.getrandbits(65), random.getrandbits(100))  # expect: 25242740129140463802 520212762101752452637539945044
big = random.getrandbits(300)
print(big, big.bit_length() <= 300, sys.getsizeof(big))  # expect: 1245881412309229808851479997484376291063273281565534927743602116562651071246744305803747211 True 64
print(random.getrandbits(True), random.getrandbits(False))  # expect: 1 0
def error(k):
    try:
        random.getrandbits(k)
    except (ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)

print(error(-1))  # expect: ValueError: number of bits must be non-negative
print(error(1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
print(error("3"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
print(error(2 ** 31))  # expect: OverflowError: Python int too large to convert to C int
print(error(-(2 ** 40)))  # expect: OverflowError: Python int too large to convert to C int
try:
    random.getrandbits()
except TypeError as e:
    print(e)  # expect: Random.getrandbits() takes exactly one argument (0 given)
try:
    random.getrandbits(k=3)
except TypeError as e:
    print(e)  # expect: Random.getrandbits() takes no keyword arguments
try:
    random.random(1)
except TypeError as e:
    print(e)  # expect: Random.random() takes no arguments (1 given)
try:
    random.random(x=1)
except TypeError as e:
    print(e)  # expect: Random.random() takes no keyword arguments
