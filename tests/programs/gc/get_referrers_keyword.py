import gc
gc.get_referrers(a=1)  # expect-error: TypeError: get_referrers() takes no keyword arguments
