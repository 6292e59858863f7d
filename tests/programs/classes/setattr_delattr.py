class A:
    pass
a = A()
setattr(a, 'x', 1)
a.y = [2]
print(a.x, getattr(a, 'y'), getattr(a, 'z', 'none'))
del a.x
print(hasattr(a, 'x'), a.__dict__)
del a.x
# expect: 1 [2] none
# expect: False {'y': [2]}
# expect-error: AttributeError: 'A' object has no attribute 'x'
