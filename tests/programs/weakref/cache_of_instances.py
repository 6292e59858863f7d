import weakref
class Image:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img
a = load('cat')
b = load('cat')
print(a is b, len(cache), 'cat' in cache)
del a, b
print(len(cache), 'cat' in cache)
# expect: True 1 True
# expect: 0 False
