import gc
gc.enable(1)  # expect-error: TypeError: gc.enable() takes no arguments (1 given)
