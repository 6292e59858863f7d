for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        print("caught", e)
        break
try:
    print(e)
except NameError as n:
    print(n)
# expect: caught 0
# expect: name 'e' is not defined
