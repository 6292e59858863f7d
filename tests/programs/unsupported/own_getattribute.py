# __getattribute__ runs for every attribute load: refused, as __setattr__.
class Answer:
    def __getattribute__(self, name):
        return 42
print(Answer().anything)
# expect-refviz-error: refviz: unsupported: a class's own __getattribute__ (own_getattribute.py:2)
