# sum with a start value.
print(sum([1, 2, 3]))  # expect: 6
print(sum([1, 2, 3], 10))  # expect: 16
print(sum([]))  # expect: 0
print(sum([0.5, 0.25]))  # expect: 0.75
print(sum([[1], [2, 3]], []))  # expect: [1, 2, 3]
print(sum(((1,), (2,)), ()))  # expect: (1, 2)
print(sum(range(101)))  # expect: 5050
print(sum([True, True, False]))  # expect: 2
