# The second argument must be iterable.
import functools
functools.reduce(lambda a, b: a, 5)  # expect-error: TypeError: reduce() arg 2 must support iteration
