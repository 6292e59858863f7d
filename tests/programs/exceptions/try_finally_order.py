try:
    try:
        print(1)
        [][0]
        print("no")
    except IndexError:
        print(2)
    else:
        print("no")
    finally:
        print(3)
    print(4)
finally:
    print(5)
# expect: 1
# expect: 2
# expect: 3
# expect: 4
# expect: 5
