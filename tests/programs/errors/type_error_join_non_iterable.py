', '.join(5)  # expect-error: TypeError: can only join an iterable
