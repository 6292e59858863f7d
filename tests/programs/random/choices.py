# choices: k picks with replacement, equal chances by floor(random() * n),
# weighted ones by bisecting the cumulative weights; the list is built by
# appends (its size shows the over-allocation).
import random
import sys

random.seed(99)
c = random.choices(["a", "b", "c"], k=5)
print(c, sys.getsizeof(c))  # expect: ['b', 'a', 'a', 'a', 'c'] 120
print(random.choices(range(10), k=3), random.choices("xy"))  # expect: [2, 3, 6] ['y']
print(random.choices(["win", "lose"], [1, 9], k=6))  # expect: ['lose', 'lose', 'lose', 'lose', 'lose', 'lose']
print(random.choices(["win", "lose"], weights=[0.25, 0.75], k=4))  # expect: ['lose', 'lose', 'lose', 'win']
print(random.choices([1, 2, 3], cum_weights=[1, 5, 10], k=4))  # expect: [3, 3, 2, 3]
print(random.choices([1, 2, 3], [0, 0, 1], k=3))  # expect: [3, 3, 3]
print(random.choices([1, 2, 3], k=0), random.choices([1, 2, 3], k=-2))  # expect: [] []
w = random.choices("abc", [1, 2, 3], k=9)
print(w, sys.getsizeof(w), sys.getsizeof(random.choices("ab", k=17)))  # expect: ['b', 'b', 'a', 'b', 'c', 'c', 'b', 'c', 'c'] 184 248


def error(*args, **kwargs):
    try:
        random.choices(*args, **kwargs)
    except (ValueError, TypeError, IndexError) as e:
        return type(e).__name__ + ": " + str(e)


print(error([1, 2], 3))  # expect: TypeError: The number of choices must be a keyword argument: k=3
print(error([1, 2], [1]))  # expect: ValueError: The number of weights does not match the population
print(error([1, 2], [1, 2], cum_weights=[1, 2]))  # expect: TypeError: Cannot specify both weights and cumulative weights
print(error([1, 2], [0, 0]))  # expect: ValueError: Total of weights must be greater than zero
print(error([1, 2], [-1, 1]))  # expect: ValueError: Total of weights must be greater than zero
print(error([1, 2], [1, float("inf")]))  # expect: ValueError: Total of weights must be finite
print(error([1, 2], "ab"))  # expect: TypeError: can only concatenate str (not "float") to str
print(error([1, 2], [1, "a"]))  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
print(error([], k=2))  # expect: IndexError: list index out of range
print(error([], [], k=2))  # expect: IndexError: list index out of range
print(error([1, 2], k=1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
print(error([1, 2], k="2"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
print(error(5))  # expect: TypeError: object of type 'int' has no len()
print(error(population=[1], bad=1))  # expect: TypeError: Random.choices() got an unexpected keyword argument 'bad'
try:
    random.choices([1, 2], 3)
except TypeError as e:
    print(e.__suppress_context__, type(e.__context__).__name__, e.__cause__)  # expect: True TypeError None
