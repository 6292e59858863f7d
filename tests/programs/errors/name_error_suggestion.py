prnt('x')  # expect-error: NameError: name 'prnt' is not defined. Did you mean: 'print'?
