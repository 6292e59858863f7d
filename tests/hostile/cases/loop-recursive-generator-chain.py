# yield from a generator that yields from itself, forever: RecursionError as
# in python3.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
def g(n):
    yield n
    yield from g(n + 1)
for x in g(0):
    if x > 10 ** 9:
        break
