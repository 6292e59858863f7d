import weakref
class Thing:
    pass
log = []
def gone(ref):
    log.append('gone')
t = Thing()
r = weakref.ref(t, gone)
print(log)
t = None
print(log, r())
# expect: []
# expect: ['gone'] None
