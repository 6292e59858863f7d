try:
    try:
        [][1]
    except IndexError:
        print("logging")
        raise
except IndexError as e:
    print("re-raised", e)
# expect: logging
# expect: re-raised list index out of range
