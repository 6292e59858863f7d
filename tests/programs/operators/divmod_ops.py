# divmod returns (quotient, remainder) consistent with // and %.
print(divmod(7, 2))  # expect: (3, 1)
print(divmod(-7, 2))  # expect: (-4, 1)
print(divmod(7, -2))  # expect: (-4, -1)
print(divmod(-7, -2))  # expect: (3, -1)
print(divmod(7.5, 2))  # expect: (3.0, 1.5)
q, r = divmod(100, 7)
print(q, r, q * 7 + r)  # expect: 14 2 100
