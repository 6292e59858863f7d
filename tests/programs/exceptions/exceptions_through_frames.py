def inner():
    return {}['missing']
def middle():
    return inner()
def outer():
    try:
        middle()
    except KeyError as err:
        return 'caught ' + repr(err)
print(outer())
def raiser(n):
    if n == 0:
        raise RuntimeError('bottom')
    raiser(n - 1)
try:
    raiser(3)
except RuntimeError as e:
    print(type(e).__name__, e)
# expect: caught KeyError('missing')
# expect: RuntimeError bottom
