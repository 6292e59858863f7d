try:
    try:
        x = 1
    except ValueError:
        print("no")
    else:
        [][x]
except IndexError as e:
    print("else raised", e)
# expect: else raised list index out of range
