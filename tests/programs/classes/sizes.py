import sys
class A:
    pass
class B(A):
    def method(self):
        pass
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(A), sys.getsizeof(B().method))
class E(Exception):
    pass
print(sys.getsizeof(E('x')), sys.getsizeof(Exception('x')))
# expect: 56 56 1688 64
# expect: 96 88
