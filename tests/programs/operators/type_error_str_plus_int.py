age = 30
print('age: ' + age)  # expect-error: TypeError: can only concatenate str (not "int") to str
