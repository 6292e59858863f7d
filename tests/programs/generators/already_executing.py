def g():
    yield next(me)
me = g()
next(me)
# expect-error: ValueError: generator already executing
