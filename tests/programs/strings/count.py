# count counts non-overlapping occurrences.
print('banana'.count('a'))  # expect: 3
print('banana'.count('ana'))  # expect: 1
print('aaaa'.count('aa'))  # expect: 2
print('abc'.count(''))  # expect: 4
print('banana'.count('a', 2))  # expect: 2
