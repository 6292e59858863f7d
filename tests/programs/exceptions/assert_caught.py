try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
# expect: AssertionError math is broken ('math is broken',)
