# A function that calls itself forever.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
def f():
    return f()
f()
