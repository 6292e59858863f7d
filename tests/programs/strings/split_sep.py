# split with a separator keeps empty fields.
print('a,b,,c'.split(','))  # expect: ['a', 'b', '', 'c']
print(','.split(','))  # expect: ['', '']
print(''.split(','))  # expect: ['']
print('a--b--c'.split('--'))  # expect: ['a', 'b', 'c']
print('k=v=w'.split('=', 1))  # expect: ['k', 'v=w']
print('a b  c'.split(' '))  # expect: ['a', 'b', '', 'c']
print('a.b.c'.split('.', maxsplit=1))  # expect: ['a', 'b.c']
