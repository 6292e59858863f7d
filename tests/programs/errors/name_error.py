total = 0
print(total)  # expect: 0
print(undefined_var)  # expect-error: NameError: name 'undefined_var' is not defined
