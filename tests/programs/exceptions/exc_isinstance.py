try:
    {}[1]
except Exception as e:
    print(isinstance(e, LookupError), isinstance(e, KeyError), isinstance(e, IndexError))
    print(isinstance(e, Exception), isinstance(e, BaseException))
    print(e.__class__.__name__, type(e).__name__, type(e) is KeyError)
# expect: True True False
# expect: True True
# expect: KeyError KeyError True
