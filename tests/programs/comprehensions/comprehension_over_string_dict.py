# Comprehensions over strings and dicts.
print([c.upper() for c in 'hey'])  # expect: ['H', 'E', 'Y']
prices = {'a': 1, 'b': 5, 'c': 3}
print([k for k in prices if prices[k] > 2])  # expect: ['b', 'c']
print({k: v * 2 for k, v in prices.items()})  # expect: {'a': 2, 'b': 10, 'c': 6}
print([ord(c) - ord('a') for c in 'cab'])  # expect: [2, 0, 1]
