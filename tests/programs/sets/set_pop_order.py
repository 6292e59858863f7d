# set.pop resumes its scan where the previous pop stopped (the finger),
# so an item added back before it is not the next one out.
s = set()
for i in [1, 2, 3]:
    s.add(i)
print(s.pop())  # expect: 1
s.add(1)
print(s.pop())  # expect: 2
print(s)  # expect: {1, 3}
print(s.pop())  # expect: 3
print(s.pop())  # expect: 1
# An added key takes the last deleted slot it passes.
s = set(range(26))
s.discard(7)
for k in range(0, 7):
    s.discard(k)
s.add(0)
s.add(7)
print(s)  # expect: {0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 7}
