# sys.intern returns the one interned string equal to its argument; string
# constants made of name characters are interned when compiled.
import sys
a = 'hello'
b = ''.join(['hel', 'lo'])
print(a is b, sys.intern(b) is a)  # expect: False True
c = ''.join(['hello ', 'world!'])
d = sys.intern(c)
e = sys.intern(''.join(['hello ', 'world!']))
print(c is d, d is e)  # expect: True True
print(sys.intern('hello world!') is c)  # expect: True
