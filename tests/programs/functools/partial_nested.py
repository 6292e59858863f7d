# A partial of a partial is flattened.
from functools import partial
def f(a, b, c, d=0):
    return a + b + c + d
p = partial(f, 1)
q = partial(p, 2, d=4)
print(q.func is f)  # expect: True
print(q.args, q.keywords)  # expect: (1, 2) {'d': 4}
print(q(3))  # expect: 10
print(q(3, d=10))  # expect: 16
