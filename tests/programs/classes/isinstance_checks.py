class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), type(b) is B, type(b) == A)
print(issubclass(B, object), issubclass(bool, int), isinstance(A, type), type(A))
# expect: True True False True False
# expect: True True True <class 'type'>
