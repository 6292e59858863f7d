# Strings built at run time are new objects.
built = ''.join(['a', 'b'])
literal = 'ab'
print(built == literal)  # expect: True
print(built is literal)  # expect: False
part = 'a'
part = part + 'b'
print(part is literal)  # expect: False
up = 'AB'.lower()
print(up == literal, up is literal)  # expect: True False
