# callable() and calling a non-callable.
print(callable(len), callable(list), callable([].append))  # expect: True True True
print(callable(1), callable('len'))  # expect: False False
n = 5
n()  # expect-error: TypeError: 'int' object is not callable
