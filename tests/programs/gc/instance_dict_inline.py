# A plain instance's attributes live inside it (CPython 3.11's inline
# values) until __dict__ or vars() asks for a dict: the collector counts,
# get_referrers and get_referents see the instance, not a dict, until then.
import gc
class A: pass
a = A(); a.me = a
del a
print(gc.collect())
b = A(); b.me = b; b.__dict__
del b
print(gc.collect())
c = A(); c.x = [1]
print([type(r).__name__ for r in gc.get_referrers(c.x)])
d = A(); d.x = [2]; vars(d)
print([type(r).__name__ for r in gc.get_referrers(d.x)])
print(gc.is_tracked(c), len(gc.get_referents(c)), [type(r).__name__ for r in gc.get_referents(c)])
# expect: 1
# expect: 2
# expect: ['A']
# expect: ['dict']
# expect: True 2 ['list', 'type']
