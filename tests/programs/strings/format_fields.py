# str.format with automatic, positional and keyword fields.
print('{} + {} = {}'.format(1, 2, 3))  # expect: 1 + 2 = 3
print('{1} before {0}'.format('a', 'b'))  # expect: b before a
print('{0}{0}{0}'.format('ab'))  # expect: ababab
print('{name} is {age}'.format(name='Ann', age=7))  # expect: Ann is 7
print('{0} and {x}'.format([1], x=(2,)))  # expect: [1] and (2,)
print('{{}} {}'.format('x'))  # expect: {} x
print('{!r} {!s}'.format('a', 'a'))  # expect: 'a' a
