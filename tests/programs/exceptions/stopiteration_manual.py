def g():
    yield 1
    return 'done'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value if hasattr(e, 'value') else e.args)
# expect: 1
# expect: stop done
