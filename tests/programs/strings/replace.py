# replace returns a new string; count limits replacements.
s = 'one one one'
print(s.replace('one', '1'))  # expect: 1 1 1
print(s.replace('one', '1', 2))  # expect: 1 1 one
print(s.replace('two', '2'))  # expect: one one one
print('aaa'.replace('a', ''))  # expect:
print('abc'.replace('', '-'))  # expect: -a-b-c-
print(s)  # expect: one one one
