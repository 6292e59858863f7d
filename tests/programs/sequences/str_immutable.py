s = 'hello'
print(s[0])  # expect: h
s[0] = 'j'  # expect-error: TypeError: 'str' object does not support item assignment
