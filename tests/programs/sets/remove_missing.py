s = {1, 2}
s.discard(5)
s.remove(5)  # expect-error: KeyError: 5
