# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def bad():
    yield 1
    next(iter([]))
    yield 2
print(list(bad()))
# expect-error: RuntimeError: generator raised StopIteration
