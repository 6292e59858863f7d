# repr() vs str().
print(repr('a'), str('a'))  # expect: 'a' a
print(repr(1), str(1))  # expect: 1 1
print(repr([1, 'a']))  # expect: [1, 'a']
print(repr(None), repr(True))  # expect: None True
print(repr(range(3)), str(range(1, 5, 2)))  # expect: range(0, 3) range(1, 5, 2)
print(repr(repr('x')))  # expect: "'x'"
print(str(''))  # expect:
