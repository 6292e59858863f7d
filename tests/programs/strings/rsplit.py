# rsplit splits from the right when maxsplit is given.
print('a.b.c'.rsplit('.', 1))  # expect: ['a.b', 'c']
print('a.b.c'.rsplit('.'))  # expect: ['a', 'b', 'c']
print('  x y z '.rsplit(None, 1))  # expect: ['  x y', 'z']
print('path/to/file.tar.gz'.rsplit('.', 2))  # expect: ['path/to/file', 'tar', 'gz']
