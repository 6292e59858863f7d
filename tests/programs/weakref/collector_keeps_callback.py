# A reference whose referent the cycle collector frees keeps its callback
# after calling it; a plain deallocation takes the callback away first.
import weakref, gc
class Node:
    pass
def gone(ref):
    print('gone, callback kept:', ref.__callback__ is gone)
a = Node()
a.me = a
r = weakref.ref(a, gone)
del a
gc.collect()
print(r.__callback__ is gone, r())
b = Node()
r2 = weakref.ref(b, gone)
del b
print(r2.__callback__)
# expect: gone, callback kept: True
# expect: True None
# expect: gone, callback kept: False
# expect: None
