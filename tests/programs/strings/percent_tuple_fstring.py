# CPython 3.11 compiles 'text' % (a, b) with only %s, %r and %a as the
# f-string f'text{a!s}{b!s}': each item is converted as soon as it is
# evaluated, and the result is FORMAT_VALUE's own str.
class Loud:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        print('str of', self.name)
        return self.name


def make(name):
    print('make', name)
    return Loud(name)


print('[%s|%s]' % (make('a'), make('b')))
print('[%d|%s|%s]' % (1, make('c'), make('d')))
n = 5
s = 'hello world'
empty = ''
print('%s' % (n,) is '%s' % (n,), '%s' % n is '%s' % n)
print('%s%s' % (empty, s) is s, '%s' % (s,) is s, '%5s' % (s,) is s)
print('%-6s|%6s|%.2s|%5.1r|%a' % ('ab', 'cd', 'xyz', 'pq', 'é'))
print('100%% %s %%' % (n,), '%s' % (*[n],), '%099s' % ('x',) == 'x'.rjust(99))
# expect: make a
# expect: str of a
# expect: make b
# expect: str of b
# expect: [a|b]
# expect: make c
# expect: make d
# expect: str of c
# expect: str of d
# expect: [1|c|d]
# expect: False True
# expect: False True True
# expect: ab    |    cd|xy|    '|'\xe9'
# expect: 100% 5 % 5 True
