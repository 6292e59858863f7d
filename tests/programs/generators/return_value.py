def g():
    yield 1
    return 'finished'
def outer():
    result = yield from g()
    yield result
print(list(outer()))
it = g()
next(it)
next(it)
# expect: [1, 'finished']
# expect-error: StopIteration: finished
