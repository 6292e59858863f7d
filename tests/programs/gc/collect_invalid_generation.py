import gc
gc.collect(3)  # expect-error: ValueError: invalid generation
