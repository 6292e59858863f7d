import weakref
print(weakref.getweakrefcount(1), weakref.getweakrefs('a'))  # expect: 0 []
print(weakref.getweakrefcount([]), weakref.getweakrefs(None))  # expect: 0 []
