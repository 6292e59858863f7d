# Types and built-in functions add their __name__ to the repr.
import weakref
r = weakref.ref(len)
print(repr(r).endswith(' (len)>'))  # expect: True
print("to 'builtin_function_or_method'" in repr(r))  # expect: True
t = weakref.ref(int)
print(repr(t).endswith(" (int)>"), "to 'type'" in repr(t))  # expect: True True
