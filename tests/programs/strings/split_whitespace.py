# split() without a separator splits on runs of whitespace.
print('a b  c'.split())  # expect: ['a', 'b', 'c']
print('  leading and trailing  '.split())  # expect: ['leading', 'and', 'trailing']
print('tab\tand\nnewline'.split())  # expect: ['tab', 'and', 'newline']
print(''.split())  # expect: []
print('   '.split())  # expect: []
print('a b c d'.split(None, 2))  # expect: ['a', 'b', 'c d']
