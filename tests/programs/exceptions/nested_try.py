try:
    try:
        1 / 0
    except KeyError:
        print("wrong")
    print("not reached")
except ZeroDivisionError as e:
    print("outer", e)
# expect: outer division by zero
