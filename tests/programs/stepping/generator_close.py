# Finalising a generator (GeneratorExit thrown in by close(), or when it is
# dropped) gives no snapshots; another exception thrown into an unstarted
# generator is raised in its frame (a call and an exception at the def).
def reader():
    try:
        yield 'line'
    finally:
        print('closed')
r = reader()
print(next(r))  # expect: line
r.close()  # expect: closed
r2 = reader()
next(r2)
del r2  # expect: closed
def unstarted():
    yield 1
u = unstarted()
u.close()
v = unstarted()
try:
    v.throw(KeyError('early'))
except KeyError as e:
    print(repr(e))  # expect: KeyError('early')
