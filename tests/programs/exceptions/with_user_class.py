class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('close', self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Resource('a') as r:
    print('using', r.name)
with Resource('b'):
    {}['x']
print('suppressed')
with Resource('c'):
    raise ValueError('boom')
# expect: open a
# expect: using a
# expect: close a None
# expect: open b
# expect: close b KeyError
# expect: suppressed
# expect: open c
# expect: close c ValueError
# expect-error: ValueError: boom
