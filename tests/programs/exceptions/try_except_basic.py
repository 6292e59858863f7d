try:
    x = 1 / 0
except ZeroDivisionError:
    print("caught")
print("after")
# expect: caught
# expect: after
