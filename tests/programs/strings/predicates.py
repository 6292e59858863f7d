# The is... predicates.
print('123'.isdigit(), '12a'.isdigit(), ''.isdigit())  # expect: True False False
print('abc'.isalpha(), 'ab1'.isalpha())  # expect: True False
print('ab1'.isalnum(), 'ab 1'.isalnum())  # expect: True False
print(' \t\n'.isspace(), ''.isspace())  # expect: True False
print('abc'.islower(), 'ABC'.isupper(), 'Abc'.islower())  # expect: True True False
print('Hello World'.istitle(), 'Hello world'.istitle())  # expect: True False
print('éà'.isalpha(), '²'.isdigit(), '²'.isdecimal())  # expect: True True False
print('var_1'.isidentifier(), '1var'.isidentifier())  # expect: True False
