# globals() is the module's namespace dict; delattr deletes an attribute;
# __file__ is the script's path.
class A:
    pass
a = A()
a.v = 1
delattr(a, 'v')
print(hasattr(a, 'v'), 'a' in globals(), globals()['A'] is A)  # expect: False True True
print(__name__, __file__.endswith('globals_delattr_file.py'), __doc__)  # expect: __main__ True None
globals()['b'] = 2
print(b)  # expect: 2
