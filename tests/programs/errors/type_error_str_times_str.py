x = 'abc' * '2'  # expect-error: TypeError: can't multiply sequence by non-int of type 'str'
