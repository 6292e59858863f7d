# Every common copy idiom is shallow.
inner = [0]
lst = [inner]
copies = [lst[:], list(lst), lst.copy(), [x for x in lst], [*lst]]
for c in copies:
    print(c is lst, c[0] is inner)  # expect: False True
# expect: False True
# expect: False True
# expect: False True
# expect: False True
inner.append(1)
print(copies)  # expect: [[[0, 1]], [[0, 1]], [[0, 1]], [[0, 1]], [[0, 1]]]
