class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f'V({self.x}, {self.y})'
a = V(1, 2)
print(a + a, a * 3, 3 * a, -a, a == V(1, 2), a < V(2, 0), sorted([V(2, 1), a]))
b = a
b += V(1, 1)
print(a, b, a is b)
print(V(0, 0) > V(-1, 0))
a - a
# expect: V(2, 4) V(3, 6) V(3, 6) V(-1, -2) True True [V(1, 2), V(2, 1)]
# expect: V(1, 2) V(2, 3) False
# expect: True
# expect-error: TypeError: unsupported operand type(s) for -: 'V' and 'V'
