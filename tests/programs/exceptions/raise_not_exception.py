try:
    raise 5
except TypeError as e:
    print(e)
# expect: exceptions must derive from BaseException
