import gc
gc.is_tracked()  # expect-error: TypeError: gc.is_tracked() takes exactly one argument (0 given)
