# operator's functions are the interpreter's operators as
# builtin_function_or_method objects: operator.add(a, b) is a + b, with
# the same results and messages.
import operator
import sys
from operator import add, mul, not_

print(type(add).__name__, add, sys.getsizeof(add))  # expect: builtin_function_or_method <built-in function add> 72
print(add(2, 3), add('ab', 'cd'), mul([0], 3), operator.sub(10, 4))  # expect: 5 abcd [0, 0, 0] 6
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))  # expect: 3.5 3 2 1024
print(operator.neg(5), operator.pos(-5), operator.abs(-2.5), operator.invert(5), operator.inv(0))  # expect: -5 -5 2.5 -6 -1
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.rshift(64, 3))  # expect: 8 14 6 32 8
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))  # expect: True True True False False True
print(not_([]), operator.truth('x'), operator.is_(None, None), operator.is_not([], []))  # expect: True True True True
print(operator.eq([1], (1,)), operator.lt({1}, {1, 2}))  # expect: False True
print(operator.index(7), operator.index(True), operator.concat([1], [2]), operator.concat('a', 'b'))  # expect: 7 1 [1, 2] ab
print(operator.contains([1, 2], 2), operator.contains('abc', 'z'), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))  # expect: True False 2 2
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(5, 9))  # expect: 3 5 9
print(operator.call(max, 3, 9, 4), operator.call(sorted, 'bca', reverse=True))  # expect: 9 ['c', 'b', 'a']
print(operator.__add__ is add, operator.__not__ is not_, operator.__getitem__ is operator.getitem)  # expect: True True True

# The item functions change their container in place.
inventory = {'apples': 3}
operator.setitem(inventory, 'pears', 5)
print(operator.getitem(inventory, 'pears'), inventory)  # expect: 5 {'apples': 3, 'pears': 5}
operator.delitem(inventory, 'apples')
print(inventory)  # expect: {'pears': 5}
row = [10, 20, 30, 40]
operator.setitem(row, slice(1, 3), ['x'])
print(row, operator.getitem(row, -1))  # expect: [10, 'x', 40] 40

# The in-place functions return what += would bind: the same list, a new int.
items = [1]
same = operator.iadd(items, [2, 3])
print(same is items, items, operator.iadd(5, 1), operator.iconcat([0], 'ab'))  # expect: True [1, 2, 3] 6 [0, 'a', 'b']
total = operator.imul([7], 2)
print(total, operator.isub(9, 4), operator.ipow(2, 5), operator.ior({1}, {2}))  # expect: [7, 7] 5 32 {1, 2}
