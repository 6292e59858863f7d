# splitlines splits on line boundaries.
text = 'one\ntwo\r\nthree\n'
print(text.splitlines())  # expect: ['one', 'two', 'three']
print(text.splitlines(True))  # expect: ['one\n', 'two\r\n', 'three\n']
print(text.split('\n'))  # expect: ['one', 'two\r', 'three', '']
print(''.splitlines())  # expect: []
print('a\n\nb'.splitlines())  # expect: ['a', '', 'b']
