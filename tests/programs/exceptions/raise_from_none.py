try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("hidden") from None
except TypeError as t:
    print(t.__cause__, repr(t.__context__), t.__suppress_context__)
# expect: None ZeroDivisionError('division by zero') True
