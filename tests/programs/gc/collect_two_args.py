import gc
gc.collect(1, 2)  # expect-error: TypeError: collect() takes at most 1 argument (2 given)
