# A name CPython's module has and refviz's does not is outside the subset:
# refviz says so instead of raising an AttributeError python3 would not.
import weakref
print("before")  # expect: before
cache = weakref.WeakSet()
# expect-refviz-error: refviz: unsupported: weakref.WeakSet (module_name_cpython_has.py:5)
