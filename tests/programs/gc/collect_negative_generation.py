import gc
gc.collect(-1)  # expect-error: ValueError: invalid generation
