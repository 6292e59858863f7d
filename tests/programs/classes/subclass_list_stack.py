# A class deriving from list: its instances are lists (every list method and
# operator works on them), with the class's methods and a __dict__ besides.
import sys


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return len(self) == 0


s = Stack()
print(s, s.is_empty(), type(s).__name__, isinstance(s, list), issubclass(Stack, list))  # expect: [] True Stack True True
s.push('a')
s.push('b')
s.push('c')
print(s, len(s), s.peek(), s.is_empty())  # expect: ['a', 'b', 'c'] 3 c False
print(s.pop(), s, 'a' in s, 'c' in s)  # expect: c ['a', 'b'] True False
for item in s:
    print(item)  # expect: a
# expect: b
s.extend(['d', 'e'])
s.insert(0, 'z')
print(s, s.index('d'), s.count('a'))  # expect: ['z', 'a', 'b', 'd', 'e'] 3 1
s.sort()
print(s, s[1:3], type(s[1:3]).__name__)  # expect: ['a', 'b', 'd', 'e', 'z'] ['b', 'd'] list
both = s + ['f']
print(both, type(both).__name__, type(s * 2).__name__)  # expect: ['a', 'b', 'd', 'e', 'z', 'f'] list list
print(s == ['a', 'b', 'd', 'e', 'z'], ['a', 'b', 'd', 'e', 'z'] == s, s != [])  # expect: True True True
s += ['y']
print(s, type(s).__name__)  # expect: ['a', 'b', 'd', 'e', 'z', 'y'] Stack
s[0] = 'A'
del s[1]
print(s, list(s), type(list(s)).__name__, sorted(s, reverse=True))  # expect: ['A', 'd', 'e', 'z', 'y'] ['A', 'd', 'e', 'z', 'y'] list ['z', 'y', 'e', 'd', 'A']
s.name = 'letters'
print(s.name, s.__dict__, vars(s))  # expect: letters {'name': 'letters'} {'name': 'letters'}
print(sys.getsizeof(s), sys.getsizeof(list(s)), sys.getsizeof(Stack()), sys.getsizeof([]))  # expect: 144 104 80 56
first, *rest = s
print(first, rest, [c.upper() for c in s], tuple(s), reversed(s).__class__.__name__)  # expect: A ['d', 'e', 'z', 'y'] ['A', 'D', 'E', 'Z', 'Y'] ('A', 'd', 'e', 'z', 'y') list_reverseiterator
print(str(s), repr(s), f'{s}', bool(Stack()), bool(s))  # expect: ['A', 'd', 'e', 'z', 'y'] ['A', 'd', 'e', 'z', 'y'] ['A', 'd', 'e', 'z', 'y'] False True
s.clear()
print(s, s.name, len(s))  # expect: [] letters 0
