try:
    1 / 0
except ZeroDivisionError as e:
    print("again")
    raise e
# expect: again
# expect-error: ZeroDivisionError: division by zero
