# A class's own __setattr__, __delattr__ or __getattribute__ would change
# what every attribute store or load does; the model does not call them,
# so such a class is refused, never run as if they were not there.
print("before")  # expect: before
class Doubler:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
d = Doubler()
d.x = 3
print(d.x)
# expect-refviz-error: refviz: unsupported: a class's own __setattr__ (own_setattr.py:5)
