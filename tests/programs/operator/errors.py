# operator's errors, with CPython's messages.
import operator as op

calls = [
    lambda: op.add(1),
    lambda: op.add(1, b=2),
    lambda: op.neg(),
    lambda: op.not_(1, 2),
    lambda: op.index(1.5),
    lambda: op.concat(1, 2),
    lambda: op.concat([1], (2,)),
    lambda: op.concat(range(1), range(2)),
    lambda: op.contains(1, 2),
    lambda: op.indexOf([1, 2], 3),
    lambda: op.countOf(5, 1),
    lambda: op.length_hint(),
    lambda: op.length_hint([1], 'a'),
    lambda: op.call(),
    lambda: op.getitem([1], 5),
    lambda: op.delitem({}, 'k'),
    lambda: op.setitem((), 0, 1),
    lambda: op.pow(2, 3, 5),
    lambda: op.abs('a'),
    lambda: op.lt(1, 'a'),
    lambda: op.itemgetter(),
    lambda: op.itemgetter(1, x=2),
    lambda: op.itemgetter(1)(),
    lambda: op.itemgetter(1)([1], [2]),
    lambda: op.attrgetter(),
    lambda: op.attrgetter('a', 2),
    lambda: op.attrgetter('real.nope')(5),
    lambda: op.methodcaller(),
    lambda: op.methodcaller(1),
    lambda: op.methodcaller('nope')('a'),
    lambda: op.methodcaller('upper')('a', x=1),
]
for call in calls:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
# expect: TypeError add expected 2 arguments, got 1
# expect: TypeError _operator.add() takes no keyword arguments
# expect: TypeError _operator.neg() takes exactly one argument (0 given)
# expect: TypeError _operator.not_() takes exactly one argument (2 given)
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'int' object can't be concatenated
# expect: TypeError can only concatenate list (not "tuple") to list
# expect: TypeError 'range' object can't be concatenated
# expect: TypeError argument of type 'int' is not iterable
# expect: ValueError sequence.index(x): x not in sequence
# expect: TypeError argument of type 'int' is not iterable
# expect: TypeError length_hint expected at least 1 argument, got 0
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError call expected at least 1 argument, got 0
# expect: IndexError list index out of range
# expect: KeyError 'k'
# expect: TypeError 'tuple' object does not support item assignment
# expect: TypeError pow expected 2 arguments, got 3
# expect: TypeError bad operand type for abs(): 'str'
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: TypeError itemgetter expected 1 argument, got 0
# expect: TypeError itemgetter() takes no keyword arguments
# expect: TypeError itemgetter expected 1 argument, got 0
# expect: TypeError itemgetter expected 1 argument, got 2
# expect: TypeError attrgetter expected 1 argument, got 0
# expect: TypeError attribute name must be a string
# expect: AttributeError 'int' object has no attribute 'nope'
# expect: TypeError methodcaller needs at least one argument, the method name
# expect: TypeError method name must be a string
# expect: AttributeError 'str' object has no attribute 'nope'
# expect: TypeError methodcaller() takes no keyword arguments
op.truediv(1, 0)
# expect-error: ZeroDivisionError: division by zero
