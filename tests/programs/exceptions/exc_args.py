e = ValueError(1, 'two', [3])
print(e.args, len(e.args))
print(str(e))
print(repr(e))
print(repr(ValueError()), str(ValueError()) == '')
print(repr(KeyError('x')), str(KeyError('x')))
print(str(KeyError('a', 'b')))
print(repr(Exception('msg')), str(Exception('msg')))
# expect: (1, 'two', [3]) 3
# expect: (1, 'two', [3])
# expect: ValueError(1, 'two', [3])
# expect: ValueError() True
# expect: KeyError('x') 'x'
# expect: ('a', 'b')
# expect: Exception('msg') msg
