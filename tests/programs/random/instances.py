# random.Random instances: their own generators, with random's methods;
# random.random is a built-in method of the hidden instance random._inst,
# random.randint a bound method of it.
import random
import sys

a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))  # expect: True 2 2
print(type(a).__name__, type(a) is random.Random, isinstance(a, random.Random))  # expect: Random True True
print(sys.getsizeof(a), repr(random.Random))  # expect: 2560 <class 'random.Random'>
print(repr(a).startswith("<random.Random object at 0x"))  # expect: True
print(type(random.random).__name__, type(random.randint).__name__)  # expect: builtin_function_or_method method
print(repr(random.random).startswith("<built-in method random of Random object at"))  # expect: True
print(repr(random.randint).startswith("<bound method Random.randint of <random.Random object"))  # expect: True
print(random.randint.__self__ is random._inst, random.randint.__func__ is random.Random.randint)  # expect: True True
print(repr(random.Random.randint)[:25], random.Random.random)  # expect: <function Random.randint  <method 'random' of '_random.Random' objects>
print(random.random.__name__, random.randint.__name__, random.Random.randint.__qualname__)  # expect: random randint Random.randint
print(random.Random.VERSION, a.VERSION, a.gauss_next)  # expect: 3 3 None
c = random.Random()
print(0 <= c.random() < 1)  # expect: True
d = random.Random(x=3)
print(d.random())  # expect: 0.23796462709189137
print(random.Random.randint(d, 1, 3), random.Random.random(d))  # expect: 3 0.13042279608514273
m = a.randint
print(m(1, 100), m.__self__ is a, type(m).__name__)  # expect: 33 True method
a.seed(2)
print(a.random(), a.choice([1, 2, 3]))  # expect: 0.9560342718892494 1
try:
    random.Random(1, 2)
except TypeError as e:
    print(e)  # expect: Random.__init__() takes from 1 to 2 positional arguments but 3 were given
try:
    random.Random([1])
except TypeError as e:
    print(repr(str(e)))  # expect: 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.'
try:
    a.no_such_method()
except AttributeError as e:
    print(e)  # expect: 'Random' object has no attribute 'no_such_method'
print(random.SystemRandom, type(random.SystemRandom).__name__)  # expect: <class 'random.SystemRandom'> type
