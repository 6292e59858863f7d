import gc
gc.collect(gen=1)  # expect-error: TypeError: 'gen' is an invalid keyword argument for collect()
