# In a function, `a, b = x, y` (two or three distinct plain locals, a tuple
# of as many values that is not a constant) binds the names right to left,
# as CPython 3.11's compiler orders the stores: a frame lists b before a.
def f(t, x, y):
    a, b = [], t
    c, d, e = x, y, t
    h, _ = x, y
    [i, j] = x, y
    k, l = 1, 2
    m, n = [x, y]
    o, o2 = 1, x
    print('end')
    return a
f(1, 2, 3)
def g():
    s, s = 1, 2
    return s
print(g())
# expect: end
# expect: 2
