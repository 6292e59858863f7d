# |=, &=, -=, ^= mutate the set; a = a | b rebinds.
s = {1, 2}
alias = s
s |= {3}
s &= {2, 3}
s ^= {4}
s -= {2}
print(s, s is alias)  # expect: {3, 4} True
s = s | {5}
print(alias, s is alias)  # expect: {3, 4} False
