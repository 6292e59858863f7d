len([], [])  # expect-error: TypeError: len() takes exactly one argument (2 given)
