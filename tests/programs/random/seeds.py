# random.seed takes ints (their absolute value, all of their bits), floats
# (their hash), strs (with their SHA-512 appended, version 2) and None.
import random

def first(seed):
    random.seed(seed)
    return random.random()

print(first(0), first(1), first(42))  # expect: 0.8444218515250481 0.13436424411240122 0.6394267984578837
print(first(-42) == first(42), first(True) == first(1), first(False) == first(0))  # expect: True True True
print(first(2 ** 32 - 1), first(2 ** 32), first(2 ** 64))  # expect: 0.6353574441341173 0.11299430095636409 0.9776462743838505
print(first(2 ** 100), first(-(2 ** 100)), first(10 ** 50))  # expect: 0.7586581712996778 0.7586581712996778 0.8266205292084633
print(first(1.5), first(-1.5), first(0.1), first(3.0) == first(3))  # expect: 0.551763726942059 0.7101153317194698 0.8062579873336703 True
print(first(float("inf")), first(-2.0))  # expect: 0.19236379321481523 0.13119521545503066
print(first("hello"), first(""), first("a"))  # expect: 0.3537754404730722 0.9602256525641875 0.2720295377534757
print(first("caf\u00e9"), first("\u20ac"), first("\U0001f600"))  # expect: 0.3161450824789953 0.21891207679160563 0.6501655957340894
print(first("x" * 200))  # expect: 0.8500063097913054
random.seed("hello", version=1)
print(random.random())  # expect: 0.8180391270568783
random.seed("", version=1)
print(random.random())  # expect: 0.8444218515250481
random.seed(5, version=1)
print(random.random())  # expect: 0.6229016948897019
random.seed(None)
print(0.0 <= random.random() < 1.0)  # expect: True
random.seed()
print(0.0 <= random.random() < 1.0)  # expect: True
r = random.Random("abc")
print(r.random(), r.random())  # expect: 0.7720246314157545 0.5581691373899791
try:
    random.seed([1, 2])
except TypeError as e:
    print(repr(str(e)))  # expect: 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.'
try:
    random.seed((1, 2))
except TypeError as e:
    print(type(e).__name__)  # expect: TypeError
try:
    random.seed(1, 2, 3)
except TypeError as e:
    print(e)  # expect: Random.seed() takes from 1 to 3 positional arguments but 4 were given
