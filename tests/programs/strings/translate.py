# str.maketrans in its three forms and str.translate through dicts, a dict
# subclass's __missing__, a list and a class's __getitem__ (a LookupError
# keeps the character, other exceptions propagate), with CPython's errors.
print(str.maketrans('ab', 'xy'))  # expect: {97: 120, 98: 121}
print('abc'.translate(str.maketrans('ab', 'xy')))  # expect: xyc
print(str.maketrans({'a': 'X', 98: None, 'c': 100}))  # expect: {97: 'X', 98: None, 99: 100}
print('abcd'.translate(str.maketrans({'a': 'XY', 98: None, 'c': 100})))  # expect: XYdd
print(str.maketrans('ab', 'xy', 'c'))  # expect: {97: 120, 98: 121, 99: None}
print('abcabc'.translate(str.maketrans('ab', 'xy', 'c')))  # expect: xyxy
print('abc'.translate({97: 'ZZ', 98: 120}))  # expect: ZZxc
print(''.maketrans('a', 'b'))  # expect: {97: 98}
print('héllo'.translate({ord('é'): 'e'}))  # expect: hello
class M(dict):
    def __missing__(self, k): return None
print('abc'.translate(M(a='x')))  # expect:
for bad in [lambda: str.maketrans('ab', 'x'), lambda: str.maketrans(1), lambda: str.maketrans({'ab': 1}),
            lambda: str.maketrans({1.5: 1}), lambda: str.maketrans('a', 1), lambda: str.maketrans(), lambda: str.maketrans('a'),
            lambda: str.maketrans('a','b',1), lambda: 'abc'.translate({97: 1.5}), lambda: 'abc'.translate({97: 0x110000}),
            lambda: 'abc'.translate({97: -1}), lambda: 'abc'.translate(), lambda: 'abc'.translate(5), lambda: str.maketrans({'a': 1}, 'b'),
            lambda: str.maketrans('a', 'b', 'c', 'd')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# expect: ValueError the first two maketrans arguments must have equal length
# expect: TypeError if you give only one argument to maketrans it must be a dict
# expect: ValueError string keys in translate table must be of length 1
# expect: TypeError keys in translate table must be strings or integers
# expect: TypeError maketrans() argument 2 must be str, not int
# expect: TypeError maketrans expected at least 1 argument, got 0
# expect: TypeError if you give only one argument to maketrans it must be a dict
# expect: TypeError maketrans() argument 3 must be str, not int
# expect: TypeError character mapping must return integer, None or str
# expect: ValueError character mapping must be in range(0x110000)
# expect: ValueError character mapping must be in range(0x110000)
# expect: TypeError str.translate() takes exactly one argument (0 given)
# expect: TypeError 'int' object is not subscriptable
# expect: TypeError first maketrans argument must be a string if there is a second argument
# expect: TypeError maketrans expected at most 3 arguments, got 4
print('abc'.translate([None, 'x'] * 60))  # expect: xx
print('aaa'.translate({97: 'bb'}))  # expect: bbbbbb
class T:
    def __getitem__(self, k):
        if k == 98:
            raise IndexError
        if k == 99:
            raise KeyError
        return 'Q'
print('abcd'.translate(T()))  # expect: QbcQ
class U:
    def __getitem__(self, k):
        raise ValueError('boom')
s = 'abc'
class S(str):
    pass
print(s.translate({}) is s, type(S('ab').translate({})).__name__, S.maketrans('a', 'b'))  # expect: False str {97: 98}
print('a'.translate({97: 10**30}))  # expect-error: ValueError: character mapping must be in range(0x110000)
