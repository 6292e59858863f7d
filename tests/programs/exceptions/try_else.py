try:
    x = 5
except ValueError:
    print("no")
else:
    print("else", x)
try:
    x = int('z')
except ValueError:
    print("value error")
else:
    print("no else")
# expect: else 5
# expect: value error
