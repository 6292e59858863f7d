# heapq.merge is a generator function: the generator does nothing until
# the first next(), then reads one item ahead from each input; the last
# input left is read through directly (yield from).
import heapq
import sys


def numbers(name, values):
    for v in values:
        print('  ', name, 'gives', v)
        yield v
    print('  ', name, 'done')


m = heapq.merge(numbers('a', [1, 4]), numbers('b', [2, 3, 9]))
print(type(m).__name__, sys.getsizeof(m))  # expect: generator 344
print(next(m))
# expect:    a gives 1
# expect:    b gives 2
# expect: 1
print(next(m))
# expect:    a gives 4
# expect: 2
rest = list(m)
# expect:    b gives 3
# expect:    b gives 9
# expect:    a done
# expect:    b done
print(rest, next(m, 'end'))  # expect: [3, 4, 9] end

words = heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)
print(list(words))  # expect: ['dog', 'cat', 'fish', 'horse', 'kangaroo']
print(list(heapq.merge([7, 4, 1], [8, 5, 2], [6], reverse=True)))  # expect: [8, 7, 6, 5, 4, 2, 1]
print(list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge('ace', 'bd')))  # expect: [] [1] ['a', 'b', 'c', 'd', 'e']
g = heapq.merge([1], [2])
print(g.__name__, g.close(), list(g))  # expect: merge None []
