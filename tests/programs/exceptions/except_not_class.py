try:
    try:
        1 / 0
    except 42:
        print("no")
except TypeError as e:
    print(e)
    print(repr(e.__context__))
# expect: catching classes that do not inherit from BaseException is not allowed
# expect: ZeroDivisionError('division by zero')
