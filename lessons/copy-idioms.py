# title: Copy idioms are shallow
# summary: a[:], list(a), a.copy(), dict.copy() and a comprehension each make a new outer container that shares the inner objects.
a = [[1, 2], [3, 4]]
#: A full slice builds a new outer list. Its items are references to the same two inner lists: nothing inside is copied.
b = a[:]
#: list(a) does the same: a new list, filled with the references a holds.
c = list(a)
#: So does the copy() method.
d = a.copy()
#: A comprehension builds a new list too, appending row, a reference to each inner list in turn. Each inner list now has 5 references: one from each of a, b, c, d and e.
e = [row for row in a]
print(b is a, c is a, d is a, e is a)  # expect: False False False False
print(b[0] is a[0], c[0] is a[0], d[0] is a[0], e[0] is a[0])  # expect: True True True True
#: Changing an outer list affects only that list: e gets a third item, the other four keep two.
e.append([5])
#: But changing a shared inner list shows through all five outer lists.
a[0].append(99)
print(b, e)  # expect: [[1, 2, 99], [3, 4]] [[1, 2, 99], [3, 4], [5]]
settings = {"sizes": [1, 2]}
#: dict.copy() is shallow too: a new dict whose value for "sizes" is the same list.
backup = settings.copy()
backup["sizes"].append(3)
print(settings)  # expect: {'sizes': [1, 2, 3]}
