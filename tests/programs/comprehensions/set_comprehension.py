# Set comprehensions.
print({x % 4 for x in range(10)})  # expect: {0, 1, 2, 3}
print({x * y for x in range(3) for y in range(3)})  # expect: {0, 1, 2, 4}
print({len(w) for w in ['a', 'bb', 'cc'] if w != 'a'})  # expect: {2}
