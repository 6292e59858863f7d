# One-character strings made at run time are cached singletons.
print('abc'[0] is 'a')  # expect: True
s = 'xyz'
print(s[1] is s[1])  # expect: True
print(chr(121) is s[1])  # expect: True
t = 'yy'
print(t[0] is s[1])  # expect: True
letters = list('hey')
word = 'the'
print(letters[1] is word[2])  # expect: True
longer = s[0:2]
print(longer is s[0:2])  # expect: False
