# lst = lst + [x] builds a new list; the alias keeps the old one.
lst = [1, 2]
alias = lst
lst = lst + [3]
print(lst, alias)  # expect: [1, 2, 3] [1, 2]
print(lst is alias)  # expect: False
lst = alias
lst += [3]
print(lst, alias)  # expect: [1, 2, 3] [1, 2, 3]
print(lst is alias)  # expect: True
