# strip, lstrip and rstrip, with and without characters.
s = '  \t padded \n '
print(repr(s.strip()))  # expect: 'padded'
print(repr(s.lstrip()))  # expect: 'padded \n '
print(repr(s.rstrip()))  # expect: '  \t padded'
print('xxhixyx'.strip('xy'))  # expect: hi
print('www.example.com'.lstrip('w.'))  # expect: example.com
print('file.txt'.rstrip('.txt'))  # expect: file
print(repr(''.strip()))  # expect: ''
