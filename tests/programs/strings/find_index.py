# find returns -1 when missing; index raises.
s = 'hello world'
print(s.find('o'))  # expect: 4
print(s.rfind('o'))  # expect: 7
print(s.find('o', 5))  # expect: 7
print(s.find('xyz'))  # expect: -1
print(s.find(''))  # expect: 0
print(s.index('world'))  # expect: 6
print(s.rindex('l'))  # expect: 9
print(s.index('xyz'))  # expect-error: ValueError: substring not found
