def worker():
    while True:
        try:
            job = yield
            print('job', job)
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError('bad input')))
next(w)
w.send(2)
try:
    w.throw(KeyError)
except KeyError as e:
    print('propagated', repr(e))
print(w.gi_frame)
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(RuntimeError('early'))
except RuntimeError as e:
    print(e, list(u))
# expect: job 1
# expect: handled bad input
# expect: recovered
# expect: job 2
# expect: propagated KeyError()
# expect: None
# expect: early []
