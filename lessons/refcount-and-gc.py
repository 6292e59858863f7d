# title: Reference counts and garbage collection
# summary: CPython frees an object as soon as its refcount drops to zero, except objects in a reference cycle, which wait for the cycle collector.
# detail: full
import gc

a = [1, 2, 3]
#: Every reference to an object counts: a and b both refer to the list, so its refcount is 2.
b = a
#: del a removes the name a, not the list. The list loses one reference and still has b, so it stays alive with refcount 1.
del a
print(b)  # expect: [1, 2, 3]
#: Rebinding b removes the last reference. The refcount drops to 0 and CPython frees the list at once, during this statement. The ints 1, 2 and 3 live on: CPython keeps small ints alive all the time.
b = None
#: box refers to an outer list, which refers to two inner lists (refcount 1 each).
box = [[4], [5]]
#: Deleting box frees the outer list. Freeing it drops its references, so both inner lists reach refcount 0 and are freed in the same step.
del box
x = []
#: Now the list refers to itself. Its refcount is 2: one from the name x, one from its own slot 0.
x.append(x)
#: del x removes the name, but the list still refers to itself, so its refcount is 1, not 0. Nothing can reach it any more, yet reference counting alone never frees it: it waits for the cycle collector, which CPython runs now and then, or when you call gc.collect().
del x
#: gc.collect() runs the cycle collector. It finds the unreachable cycle, frees the list and returns the number of unreachable objects it found: 1.
print(gc.collect())  # expect: 1
