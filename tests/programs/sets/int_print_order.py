# Small ints are ordered by value modulo the table size.
print({3, 1, 2})  # expect: {1, 2, 3}
print({100, 5, 37})  # expect: {5, 100, 37}
print({8, 16, 0})  # expect: {8, 16, 0}
print({-1, -2, 5})  # expect: {5, -1, -2}
print(set([10, 20, 30, 40, 50]))  # expect: {40, 10, 50, 20, 30}
print(set(range(10)))  # expect: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
print({10, 20, 30, 40, 50})  # expect: {50, 20, 40, 10, 30}
