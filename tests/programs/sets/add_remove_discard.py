# add, remove and discard.
s = {1, 2}
s.add(3)
s.add(2)
print(s)  # expect: {1, 2, 3}
s.remove(1)
print(s)  # expect: {2, 3}
s.discard(2)
s.discard(99)
print(s)  # expect: {3}
print(s.add(4), s.discard(4))  # expect: None None
