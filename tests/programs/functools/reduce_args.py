# reduce takes 2 or 3 arguments.
import functools
functools.reduce(max)  # expect-error: TypeError: reduce expected at least 2 arguments, got 1
