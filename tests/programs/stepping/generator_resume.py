# A resumed generator finishes the statement of its yield without a step
# (rule 5): CPython gives no line event for it.
def g():
    x = yield 1
    y = [x]
    yield y
it = g()
print(next(it))  # expect: 1
print(it.send(5))  # expect: [5]
