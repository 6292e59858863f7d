try:
    x = 1 / 0
except ZeroDivisionError:
    print("handling")
    raise
# expect: handling
# expect-error: ZeroDivisionError: division by zero
