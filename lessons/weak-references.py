# title: Weak references
# summary: A weak reference finds an object without keeping it alive: it does not count in the refcount, and it answers None once the object is freed.
# detail: full
import weakref


class Photo:
    def __init__(self, name):
        self.name = name


#: photo is the only strong reference to the new Photo: refcount 1.
photo = Photo("beach")
#: weakref.ref refers to the photo without owning it: the dashed arrow does not add to the refcount, which stays 1.
ref = weakref.ref(photo)
#: Calling the weak reference gives the object back while it lives.
print(ref() is photo)  # expect: True
#: del photo drops the last strong reference: the photo is freed even though ref still points at it.
del photo
#: The weak reference is now dead: calling it gives None.
print(ref())  # expect: None
#: A WeakValueDictionary is a cache that does not keep its values alive.
cache = weakref.WeakValueDictionary()
#: current is a strong reference to a photo the cache also holds weakly.
current = Photo("forest")
cache["forest"] = current
print(len(cache))  # expect: 1
#: When the last strong reference goes, the photo is freed and its entry leaves the cache.
current = None
print(len(cache))  # expect: 0
