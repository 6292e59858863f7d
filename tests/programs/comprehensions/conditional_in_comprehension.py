# A conditional expression in the element vs an if clause.
print(['even' if n % 2 == 0 else 'odd' for n in range(4)])  # expect: ['even', 'odd', 'even', 'odd']
print([n for n in range(10) if n % 4 == 0])  # expect: [0, 4, 8]
print([n if n > 0 else 0 for n in [-1, 2, -3]])  # expect: [0, 2, 0]
