import contextlib, sys
cm = contextlib.suppress(ValueError, TypeError)
with cm as v:
    print(v)
    int('x')
print(sys.getsizeof(cm), type(cm).__name__)
print(cm.__exit__(None, None, None), cm.__exit__(TypeError, None, None), cm.__exit__(KeyError, None, None))
# expect: None
# expect: 56 suppress
# expect: False True False
