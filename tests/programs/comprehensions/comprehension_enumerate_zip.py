# Comprehensions with enumerate and zip.
names = ['ann', 'bob']
print([f'{i}:{n}' for i, n in enumerate(names, 1)])  # expect: ['1:ann', '2:bob']
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])  # expect: [4, 10, 18]
print({n: i for i, n in enumerate(names)})  # expect: {'ann': 0, 'bob': 1}
