# !r, !s and the = specifier.
s = 'hi'
x = 10
print(f'{s!r}')  # expect: 'hi'
print(f'{s!s}')  # expect: hi
print(f'{s=}')  # expect: s='hi'
print(f'{x=}')  # expect: x=10
print(f'{x + 1 = }')  # expect: x + 1 = 11
print(f'{x=:05}')  # expect: x=00010
print(f'{[s]!r}')  # expect: ['hi']
