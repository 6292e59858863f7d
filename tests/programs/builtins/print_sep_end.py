# print's sep and end arguments.
print(1, 2, 3)  # expect: 1 2 3
print(1, 2, 3, sep='-')  # expect: 1-2-3
print('a', 'b', sep='')  # expect: ab
print('no newline', end='')
print(' then newline')  # expect: no newline then newline
print('x', end='!\n')  # expect: x!
print()  # expect:
print('a', 'b', sep=', ', end='.\n')  # expect: a, b.
print(sep='ignored')  # expect:
print('multi\nline')  # expect: multi
# expect: line
print(*[1, 2], sep='+')  # expect: 1+2
