# type(name, bases, dict) builds a class: refviz refuses it as a construct
# outside its model, never with a TypeError an except clause could catch.
try:
    X = type('X', (), {})
except TypeError:
    print('a TypeError python3 would not raise')
# expect-refviz-error: refviz: unsupported: type() with 3 arguments (type_three_args.py:4)
