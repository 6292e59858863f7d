# The plain reference comes first, then callbacks newest first.
import weakref
s = {1}
print(weakref.getweakrefcount(s), weakref.getweakrefs(s))  # expect: 0 []
log = []
r = weakref.ref(s)
r2 = weakref.ref(s, log.append)
r3 = weakref.ref(s, log.append)
refs = weakref.getweakrefs(s)
print(len(refs), refs[0] is r, refs[1] is r3, refs[2] is r2)  # expect: 3 True True True
print(weakref.getweakrefcount(s))  # expect: 3
del s
print(weakref.getweakrefs(r()))  # expect: []
