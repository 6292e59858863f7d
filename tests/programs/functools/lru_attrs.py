# The wrapper has a __dict__: attributes can be set on it.
from functools import lru_cache
@lru_cache
def f(x):
    return x
f.note = 'cached'
print(f.note)  # expect: cached
print('note' in f.__dict__)  # expect: True
del f.note
print(hasattr(f, 'note'))  # expect: False
f.nothing  # expect-error: AttributeError: 'functools._lru_cache_wrapper' object has no attribute 'nothing'
