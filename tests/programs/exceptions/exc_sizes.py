import sys
print(sys.getsizeof(KeyError('x')))
print(sys.getsizeof(ValueError()))
print(sys.getsizeof(StopIteration()))
print(sys.getsizeof(AttributeError('a')))
print(sys.getsizeof(NameError('n')))
print(sys.getsizeof(ImportError()))
print(sys.getsizeof(SyntaxError()))
print(sys.getsizeof(OSError()))
print(sys.getsizeof(SystemExit()))
print(sys.getsizeof(ZeroDivisionError('z')))
# expect: 88
# expect: 88
# expect: 96
# expect: 104
# expect: 96
# expect: 112
# expect: 152
# expect: 128
# expect: 96
# expect: 88
