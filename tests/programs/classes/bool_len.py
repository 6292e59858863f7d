class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Truthy()), bool(object()), 'yes' if Empty() else 'no')
class Bad:
    def __len__(self):
        return -1
len(Bad())
# expect: False False True no
# expect-error: ValueError: __len__() should return >= 0
