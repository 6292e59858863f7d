# 'abc'[0] is folded to the constant 'a'; one-character strings made at
# run time are cached singletons.
first = 'abc'[0]
letter_a = 'a'
print(first is letter_a)  # expect: True
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
