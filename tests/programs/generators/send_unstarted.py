def g():
    x = yield 1
    print('got', x)
    yield 2
it = g()
print(it.send(None))
print(it.send('hi'))
it2 = g()
it2.send(5)
# expect: 1
# expect: got hi
# expect: 2
# expect-error: TypeError: can't send non-None value to a just-started generator
