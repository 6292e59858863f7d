# A metaclass derives from type, which CPython lets a class subclass;
# refviz does not model metaclasses and says so, rather than raising the
# TypeError CPython gives for a final type such as bool.
class Meta(type):
    def __call__(cls, *args):
        return super().__call__(*args)
# expect-refviz-error: refviz: unsupported: subclassing the built-in type 'type' (metaclass.py:4)
