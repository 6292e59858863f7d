# pop on a set of small ints returns the first in hash order.
s = {5, 3, 1}
print(s.pop())  # expect: 1
print(s.pop())  # expect: 3
print(s)  # expect: {5}
s.pop()
print(s)  # expect: set()
s.pop()  # expect-error: KeyError: 'pop from an empty set'
