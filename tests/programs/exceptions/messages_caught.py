for code in range(6):
    try:
        if code == 0:
            {}['missing']
        elif code == 1:
            [1, 2, 3][10]
        elif code == 2:
            5 // 0
        elif code == 3:
            'a' + 1
        elif code == 4:
            int('12x')
        else:
            None.foo
    except Exception as e:
        print(type(e).__name__, e)
# expect: KeyError 'missing'
# expect: IndexError list index out of range
# expect: ZeroDivisionError integer division or modulo by zero
# expect: TypeError can only concatenate str (not "int") to str
# expect: ValueError invalid literal for int() with base 10: '12x'
# expect: AttributeError 'NoneType' object has no attribute 'foo'
