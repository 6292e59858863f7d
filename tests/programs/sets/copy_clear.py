# copy makes a new set; clear empties the same one.
s = {1, 2, 3}
c = s.copy()
print(c == s, c is s)  # expect: True False
alias = s
s.clear()
print(s, alias, c)  # expect: set() set() {1, 2, 3}
print(alias is s)  # expect: True
