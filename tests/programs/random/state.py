# getstate() is (3, the 624 words and the index, gauss_next); setstate()
# puts it back, so the same numbers come again.
import random

random.seed(11)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])  # expect: True
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])  # expect: tuple 3 3 625 624 None
print(state[1][:3])  # expect: (2147483648, 2946197036, 4084288265)
random.gauss()
saved = random.getstate()
print(type(saved[2]).__name__)  # expect: float
g = random.gauss()
random.setstate(saved)
print(random.gauss() == g)  # expect: True
r = random.Random(0)
r.setstate(state)
print(r.random() == first[0])  # expect: True
r.setstate([3, state[1], None])
print(r.random() == first[0])  # expect: True
v2 = (2, tuple(x - 2 ** 32 if x > 2 ** 31 else x for x in state[1][:-1]) + (state[1][-1],), None)
r.setstate(v2)
print(r.random() == first[0])  # expect: True
del state


def error(s):
    try:
        random.setstate(s)
    except (ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


words = (1,) * 624
print(error(5))  # expect: TypeError: 'int' object is not subscriptable
print(error((3,)))  # expect: ValueError: not enough values to unpack (expected 3, got 1)
print(error((3, 1, 2, 4)))  # expect: ValueError: too many values to unpack (expected 3)
print(error((4, words + (1,), None)))  # expect: ValueError: state with version 4 passed to Random.setstate() of version 3
print(error((3, (1, 2), None)))  # expect: ValueError: state vector is the wrong size
print(error((3, list(words) + [1], None)))  # expect: TypeError: state vector must be a tuple
print(error((3, words + (625,), None)))  # expect: ValueError: invalid state
print(error((3, words + (-1,), None)))  # expect: ValueError: invalid state
print(error((3, (-1,) * 624 + (1,), None)))  # expect: OverflowError: can't convert negative value to unsigned int
print(error((3, (2 ** 64,) * 624 + (1,), None)))  # expect: OverflowError: Python int too large to convert to C unsigned long
print(error((3, (1.5,) * 624 + (1,), None)))  # expect: TypeError: an integer is required
print(error((3, words + (1.5,), None)))  # expect: TypeError: 'float' object cannot be interpreted as an integer
print(error((3, words + (2 ** 70,), None)))  # expect: OverflowError: Python int too large to convert to C long
print(error((3, (2 ** 32 + 5,) * 624 + (624,), None)))  # expect: None
print(random.random())  # expect: 0.9993577152442761
