# title: Tuples holding lists
# summary: A tuple's references can never change, but a mutable object it refers to still can.
import copy

#: The tuple t holds two references: one to a list, one to a str. A tuple is immutable: its slots can never be made to refer to other objects, and t[0] = [9] would raise TypeError: 'tuple' object does not support item assignment.
t = ([1, 2], "label")
#: But the list is not inside the tuple: t[0] only refers to it, and a list is mutable. append changes the list; the tuple's slots stay exactly as they were.
t[0].append(3)
print(t)  # expect: ([1, 2, 3], 'label')
#: Any other reference to that list can change it too. items is a second name for it, so the list's refcount is now 2.
items = t[0]
#: Changing the list through items changes what t shows, even though t itself never changed.
items.append(4)
print(t[0] is items, t)  # expect: True ([1, 2, 3, 4], 'label')
#: Because a tuple can never change, copy.copy(t) does not copy it: it hands back t itself, and the tuple's refcount goes to 2.
same = copy.copy(t)
print(same is t)  # expect: True
#: deepcopy has to copy the list inside, so it must build a new tuple to hold the new list. The str is immutable, so both tuples share it.
deep = copy.deepcopy(t)
print(deep is t, deep[0] is t[0], deep[1] is t[1])  # expect: False False True
#: Clearing the original list changes what t and same show; deep refers to its own copy of the list and is unaffected.
items.clear()
print(t, deep)  # expect: ([], 'label') ([1, 2, 3, 4], 'label')
