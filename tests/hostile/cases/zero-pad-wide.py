# A zero-padded width of a million digits (linear, not quadratic).
# hostile-exit: 0
# hostile-stdout: 1000001
print(len(format(7, '01000000,d')))
