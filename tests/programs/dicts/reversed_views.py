# reversed() of a dict and of its views walks the entries from the last,
# as CPython's dict_reverse*iterator types, and sees the dict change size.
import sys
d = {"a": 1, "b": 2, "c": 3}
r = reversed(d)
print(type(r).__name__, list(r), sys.getsizeof(reversed(d)))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
del d["b"]
print(list(reversed(d)), reversed(d).__length_hint__())
d2 = {1: 1, 2: 2}
r2 = reversed(d2)
d2[3] = 3
try:
    list(r2)
except RuntimeError as e:
    print(e)
print(list(reversed({})))
# expect: dict_reversekeyiterator ['c', 'b', 'a'] 72
# expect: ['c', 'b', 'a'] [3, 2, 1] [('c', 3), ('b', 2), ('a', 1)]
# expect: dict_reversevalueiterator dict_reverseitemiterator
# expect: ['c', 'a'] 2
# expect: dictionary changed size during iteration
# expect: []
