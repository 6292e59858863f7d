# String methods never change the string they are called on.
s = 'Hello'
t = s.upper()
print(s, t)  # expect: Hello HELLO
s.replace('H', 'J')
print(s)  # expect: Hello
s = s.replace('H', 'J')
print(s)  # expect: Jello
print('  x '.strip().upper().center(5, '*'))  # expect: **X**
