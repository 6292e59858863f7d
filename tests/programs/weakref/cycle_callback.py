# The collector frees the cycle, then the live reference's callback runs.
import weakref, gc
log = []
lst = []
m = lst.append
lst.append(m)
r = weakref.ref(m, log.append)
del lst, m
print(log)  # expect: []
gc.collect()
print(log == [r])  # expect: True
