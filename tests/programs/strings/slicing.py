# String slicing.
s = 'hello world'
print(s[:5])  # expect: hello
print(s[6:])  # expect: world
print(s[::-1])  # expect: dlrow olleh
print(s[::2])  # expect: hlowrd
print(s[-5:-2])  # expect: wor
print(s[100:] == '')  # expect: True
