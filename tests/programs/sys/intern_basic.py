import sys
a = sys.intern('hello')
print(a, a == 'hello', type(a).__name__)  # expect: hello True str
s = 'abc'
print(sys.intern(s) is s)  # expect: True
