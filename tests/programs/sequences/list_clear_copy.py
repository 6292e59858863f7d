# clear empties the same list; copy makes a new shallow list.
lst = [[1], 2]
alias = lst
c = lst.copy()
print(c == lst, c is lst, c[0] is lst[0])  # expect: True False True
lst.clear()
print(lst, alias, lst is alias)  # expect: [] [] True
print(c)  # expect: [[1], 2]
