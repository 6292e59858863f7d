# title: Aliasing
# summary: b = a copies nothing, so a change made through b shows through a, but rebinding b leaves a alone.
# detail: full
a = [1, 2, 3]
#: b = a copies no list: b becomes a second name, an alias, for the list a refers to. The list's refcount is now 2.
b = a
#: append changes the list itself. It is the only list, so a sees the change too.
b.append(4)
print(a)  # expect: [1, 2, 3, 4]
#: Assigning to an item also mutates the list: slot 0 of the one shared list now refers to 99.
b[0] = 99
print(a)  # expect: [99, 2, 3, 4]
#: Assigning to the bare name b is different: it rebinds b to a new list. Nothing happens to the old list except that it loses a reference (refcount 1).
b = [7, 8]
print(a)  # expect: [99, 2, 3, 4]
print(b)  # expect: [7, 8]
print(a is b)  # expect: False
#: Any reference can be an alias, not only a name. Here rows[0] and rows[1] refer to the same list as a.
rows = [a, a]
#: Clearing it through a empties the one list that rows holds twice.
a.clear()
print(rows)  # expect: [[], []]
