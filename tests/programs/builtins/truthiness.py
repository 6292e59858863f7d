# Empty containers, zero and None are false.
print(bool([]), bool([0]), bool(()), bool(''), bool(' '))  # expect: False True False False True
print(bool({}), bool({0: 0}), bool(set()), bool(range(0)))  # expect: False True False False
print(bool(0), bool(0.0), bool(-0.0), bool(1e-300))  # expect: False False False True
print(bool(None), bool(float('nan')))  # expect: False True
items = []
if not items:
    print('empty')  # expect: empty
