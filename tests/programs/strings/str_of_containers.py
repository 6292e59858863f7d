# str() of a container uses repr() of its items.
print(str(['a', 1]))  # expect: ['a', 1]
print(str('a'), repr('a'))  # expect: a 'a'
print(str(('x',)))  # expect: ('x',)
print(str({'k': 'v'}))  # expect: {'k': 'v'}
print(str(None), str(True), str(1.0))  # expect: None True 1.0
print([None, 'None'])  # expect: [None, 'None']
