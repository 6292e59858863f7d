# f-strings evaluate expressions in place.
name = 'Ann'
n = 3
items = [1, 2]
print(f'{name} has {n} items')  # expect: Ann has 3 items
print(f'{n * 2 + 1}')  # expect: 7
print(f'{items[0]} {len(items)} {items}')  # expect: 1 2 [1, 2]
print(f'{name.upper()}!')  # expect: ANN!
print(f'{"quoted"}')  # expect: quoted
print(f'{n} is {"odd" if n % 2 else "even"}')  # expect: 3 is odd
print(f'{{literal}} {n}')  # expect: {literal} 3
print(f'{{{n}}}')  # expect: {3}
