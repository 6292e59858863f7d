# A few more methods: removeprefix/removesuffix, expandtabs, translate-free ones.
print('test_case'.removeprefix('test_'))  # expect: case
print('file.py'.removesuffix('.py'))  # expect: file
print('file.py'.removesuffix('.txt'))  # expect: file.py
print(repr('a\tb'.expandtabs(4)))  # expect: 'a   b'
print('Hello'.startswith('he'), 'Hello'.lower().startswith('he'))  # expect: False True
