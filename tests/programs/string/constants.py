# string's constants and capwords (a function written in Python).  The
# constants made only of letters and digits are interned literals, the
# very objects a program's equal literals are.
import string
import sys
from string import ascii_lowercase, capwords, digits, punctuation

print(ascii_lowercase, string.ascii_uppercase)  # expect: abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ
print(string.ascii_letters, digits, string.hexdigits, string.octdigits)  # expect: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
print(punctuation, repr(string.whitespace))  # expect: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ ' \t\n\r\x0b\x0c'
print(repr(string.printable))  # expect: '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c'
print(len(string.printable), sys.getsizeof(ascii_lowercase), sys.getsizeof(string.printable))  # expect: 100 75 149
letters = 'abcdefghijklmnopqrstuvwxyz'
print(letters is ascii_lowercase, '0123456789' is digits, string.ascii_letters is string.ascii_letters)  # expect: True True True
print([c for c in 'a1!b' if c in string.ascii_letters], 'x' in string.hexdigits)  # expect: ['a', 'b'] False
print(type(capwords).__name__, capwords.__name__)  # expect: function capwords
print(capwords('  hello   wORLD  '), capwords('a-b--c', '-'), capwords('x y', sep=None))  # expect: Hello World A-B--C X Y
print(repr(capwords('')), capwords('émile zola'))  # expect: '' Émile Zola
