try:
    1 / 0
except ZeroDivisionError as err:
    print("in handler", err)
print(err)
# expect: in handler division by zero
# expect-error: NameError: name 'err' is not defined
