# Numeric hashes: equal numbers hash equal.
print(hash(1), hash(0), hash(42))  # expect: 1 0 42
print(hash(1.0) == hash(1), hash(1.0))  # expect: True 1
print(hash(True))  # expect: 1
print(hash(-1), hash(-2))  # expect: -2 -2
print(hash(2 ** 61 - 1), hash(2 ** 61))  # expect: 0 1
print(hash(0.5))  # expect: 1152921504606846976
print(hash(1.5))  # expect: 1152921504606846977
print(hash(-0.0))  # expect: 0
print(hash(float('inf')))  # expect: 314159
print(hash(10 ** 20))  # expect: 848750603811160107
