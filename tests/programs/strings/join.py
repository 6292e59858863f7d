# join concatenates strings with a separator.
print(', '.join(['a', 'b', 'c']))  # expect: a, b, c
print(''.join(['x', 'y']))  # expect: xy
print('-'.join('abc'))  # expect: a-b-c
print('+'.join([]) == '')  # expect: True
print(' '.join(str(n) for n in range(4)))  # expect: 0 1 2 3
print('/'.join(('usr', 'local', 'bin')))  # expect: usr/local/bin
