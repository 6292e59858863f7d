# Set comprehensions remove duplicates.
print({n % 3 for n in range(10)})  # expect: {0, 1, 2}
print({n * n for n in [-2, -1, 0, 1, 2]})  # expect: {0, 1, 4}
print({c for c in 'aaa'})  # expect: {'a'}
words = ['hi', 'yo', 'hey']
print({len(w) for w in words})  # expect: {2, 3}
