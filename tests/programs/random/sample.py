# sample: a new list of k items in selection order, by the pool algorithm
# when the population is small next to k and by the set of selected
# indices otherwise, as random.py chooses; counts= repeats items.
import random
import sys

random.seed(2024)
population = list(range(10))
s = random.sample(population, 4)
print(s, sys.getsizeof(s), population)  # expect: [7, 2, 4, 1] 88 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(random.sample(range(1000), 5))  # expect: [908, 740, 419, 775, 733]
print(random.sample(range(100), 30))  # expect: [97, 33, 68, 31, 81, 94, 63, 45, 53, 67, 78, 27, 39, 69, 42, 66, 9, 26, 59, 18, 99, 88, 52, 7, 44, 91, 95, 15, 17, 41]
print(random.sample(range(10 ** 9), 3))  # expect: [419087914, 355221955, 370759188]
print(random.sample("abcdefgh", 3), random.sample(("x", "y", "z"), 3))  # expect: ['d', 'c', 'h'] ['y', 'z', 'x']
print(random.sample(population, 0), random.sample(population, 10) != population)  # expect: [] True
print(sys.getsizeof(random.sample(range(50), 7)))  # expect: 112
people = ["ann", "bob", "cy"]
picked = random.sample(people, 2)
print(picked, picked[0] in people)  # expect: ['bob', 'cy'] True
print(random.sample(["red", "blue"], counts=[4, 2], k=5))  # expect: ['red', 'blue', 'red', 'blue', 'red']
print(random.sample(range(3), k=6, counts=[2, 2, 2]))  # expect: [1, 1, 2, 0, 2, 0]
big = random.sample(range(10 ** 6), 25)
print(big[:5], len(set(big)))  # expect: [717303, 729378, 805119, 903017, 138422] 25
r = random.Random(9)
print(r.sample([1, 2, 3, 4, 5], 2), r.sample(range(40), 8))  # expect: [4, 3] [17, 8, 11, 0, 21, 32, 29, 5]
print(random.sample(population, True))  # expect: [4]


def error(*args, **kwargs):
    try:
        random.sample(*args, **kwargs)
    except (ValueError, TypeError, IndexError) as e:
        return type(e).__name__ + ": " + str(e)


print(error([1, 2], 3))  # expect: ValueError: Sample larger than population or is negative
print(error([1, 2], -1))  # expect: ValueError: Sample larger than population or is negative
print(error({1, 2}, 1))  # expect: TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
print(error({"a": 1}, 1))  # expect: TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
print(error([1, 2], 1.5))  # expect: TypeError: can't multiply sequence by non-int of type 'float'
print(error([1, 2], "1"))  # expect: TypeError: '<=' not supported between instances of 'int' and 'str'
print(error([1, 2]))  # expect: TypeError: Random.sample() missing 1 required positional argument: 'k'
print(error([1, 2], 1, 2))  # expect: TypeError: Random.sample() takes 3 positional arguments but 4 were given
print(error([1, 2], 1, counts=[1]))  # expect: ValueError: The number of counts does not match the population
print(error([1, 2], 1, counts=[1, 1.5]))  # expect: TypeError: Counts must be integers
print(error([1, 2], 1, counts=[0, 0]))  # expect: ValueError: Total of counts must be greater than zero
print(error([1, 2], 1, counts=5))  # expect: TypeError: 'int' object is not iterable
print(error([], 1, counts=[]))  # expect: IndexError: pop from empty list
print(error([1, 2], 5, counts=[1, 1]))  # expect: ValueError: Sample larger than population or is negative
