# Types CPython does not let a class derive from (no Py_TPFLAGS_BASETYPE)
# raise its TypeError, whatever refviz models.
for base in [bool, type(None), range, slice, type(len), type(lambda: 0), type(iter([]))]:
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
# expect: type 'bool' is not an acceptable base type
# expect: type 'NoneType' is not an acceptable base type
# expect: type 'range' is not an acceptable base type
# expect: type 'slice' is not an acceptable base type
# expect: type 'builtin_function_or_method' is not an acceptable base type
# expect: type 'function' is not an acceptable base type
# expect: type 'list_iterator' is not an acceptable base type
