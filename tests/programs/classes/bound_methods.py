class A:
    def f(self, x):
        return x * 2
a = A()
m = a.f
print(m(3), m.__self__ is a, m.__func__ is A.f, A.f(a, 4))
print(a.f == a.f, a.f is a.f)
print(repr(m).startswith('<bound method A.f of <__main__.A object at 0x'))
print(A.f.__qualname__)
# expect: 6 True True 8
# expect: True False
# expect: True
# expect: A.f
