# del of a name that was never bound.
a = 1
del a
del a  # expect-error: NameError: name 'a' is not defined
