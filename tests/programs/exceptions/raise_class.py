try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args, str(e) == '')
# expect: KeyError() () True
