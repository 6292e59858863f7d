# abs on ints, floats and bools.
print(abs(-5), abs(5), abs(0))  # expect: 5 5 0
print(abs(-2.5))  # expect: 2.5
print(abs(-0.0))  # expect: 0.0
print(abs(True), abs(False))  # expect: 1 0
print(abs(-(2 ** 100)))  # expect: 1267650600228229401496703205376
print(abs(float('-inf')))  # expect: inf
