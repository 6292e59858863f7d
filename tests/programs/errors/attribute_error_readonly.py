x = 5
x.real = 3  # expect-error: AttributeError: attribute 'real' of 'int' objects is not writable
