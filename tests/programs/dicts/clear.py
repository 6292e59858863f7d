# clear empties the same dict; rebinding to {} does not touch aliases.
d = {'a': 1}
alias = d
d.clear()
print(alias)  # expect: {}
e = {'b': 2}
alias2 = e
e = {}
print(alias2)  # expect: {'b': 2}
