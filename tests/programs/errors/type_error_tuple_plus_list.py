(1, 2) + [3]  # expect-error: TypeError: can only concatenate tuple (not "list") to tuple
