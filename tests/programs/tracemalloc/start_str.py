import tracemalloc
tracemalloc.start('a')  # expect-error: TypeError: 'str' object cannot be interpreted as an integer
