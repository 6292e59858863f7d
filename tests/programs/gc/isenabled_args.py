import gc
gc.isenabled(1)  # expect-error: TypeError: gc.isenabled() takes no arguments (1 given)
