# bisect.insort keeps a list sorted, inserting in place (the list is the
# same object, grown as list.insert grows it).
import bisect
import sys

scores = []
for s in [70, 85, 60, 85, 95, 50]:
    bisect.insort(scores, s)
    print(scores, sys.getsizeof(scores))
# expect: [70] 88
# expect: [70, 85] 88
# expect: [60, 70, 85] 88
# expect: [60, 70, 85, 85] 88
# expect: [60, 70, 85, 85, 95] 120
# expect: [50, 60, 70, 85, 85, 95] 120
same = scores
bisect.insort_left(scores, 85)
bisect.insort_right(scores, 85.0)
print(scores, same is scores)  # expect: [50, 60, 70, 85, 85, 85, 85.0, 95] True
bisect.insort(scores, 0, 2, 4)
print(scores)  # expect: [50, 60, 0, 70, 85, 85, 85, 85.0, 95]

# With a key (3.10+): the key of the new item is compared with the keys
# of the items already there.
people = [('ann', 21), ('bob', 35)]


def age(p):
    return p[1]


bisect.insort(people, ('cy', 30), key=age)
bisect.insort_left(people, ('dee', 21), key=age)
print(people)  # expect: [('dee', 21), ('ann', 21), ('cy', 30), ('bob', 35)]



# Anything but exactly a list is inserted into by its own insert method.
class Shelf:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)


shelf = Shelf([1, 5])
bisect.insort(shelf, 3)  # expect: insert 1 3
print(shelf.items)  # expect: [1, 3, 5]
