# A WeakValueDictionary's refs are its live items: the key, and the value
# as a weak reference; the entry goes when the value dies.
import weakref
class Node:
    pass
n = Node()
m = Node()
cache = weakref.WeakValueDictionary()
cache['a'] = n
cache['b'] = m
print(len(cache), cache['a'] is n)  # expect: 2 True
del m
print(list(cache.keys()))  # expect: ['a']
