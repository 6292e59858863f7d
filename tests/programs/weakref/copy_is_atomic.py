# copy and deepcopy return a weak reference itself (_copy_immutable).
import weakref, copy
s = {1}
r = weakref.ref(s)
print(copy.copy(r) is r, copy.deepcopy(r) is r)  # expect: True True
c = copy.deepcopy([r, r])
print(c[0] is r, c[1] is r)  # expect: True True
