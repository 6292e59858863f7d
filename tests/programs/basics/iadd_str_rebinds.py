# s += "x" binds a new string; the alias still sees the old one.
s = "ab"
before = s
s += "x"
print(s, before)  # expect: abx ab
print(s is before)  # expect: False
s *= 2
print(s)  # expect: abxabx
