# Using a name after del raises NameError.
spam = 42
print(spam)  # expect: 42
del spam
print(spam)  # expect-error: NameError: name 'spam' is not defined
