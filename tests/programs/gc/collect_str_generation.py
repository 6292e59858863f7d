import gc
gc.collect('a')  # expect-error: TypeError: 'str' object cannot be interpreted as an integer
