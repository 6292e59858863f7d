# iter() and next() walk an iterator; next takes a default.
it = iter([1, 2])
print(next(it))  # expect: 1
print(next(it))  # expect: 2
print(next(it, 'end'))  # expect: end
print(next(it, None))  # expect: None
s = iter('ab')
print(iter(s) is s)  # expect: True
print(list(s))  # expect: ['a', 'b']
d = iter({'k': 1, 'j': 2})
print(next(d))  # expect: k
