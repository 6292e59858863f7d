# Classes have single inheritance in refviz; a second base is refused
# plainly, after everything before it ran.
class A:
    pass
class B:
    pass
print("before")  # expect: before
class C(A, B):
    pass
print(C.__mro__)
# expect-refviz-error: refviz: unsupported: multiple inheritance (multiple_inheritance.py:8)
