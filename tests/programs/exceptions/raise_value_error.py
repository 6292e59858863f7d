try:
    raise ValueError("bad value")
except ValueError as e:
    print(e, e.args)
# expect: bad value ('bad value',)
