# nlargest and nsmallest (heapq.py): a key function is called for every
# item, in heapq.py's order; a list of n <= len items is sorted() and
# sliced; otherwise the n best are kept in a heap of tuples.
import heapq
import sys

scores = [('ann', 71), ('bob', 93), ('cy', 85), ('dee', 93), ('eve', 60)]


def score(pair):
    return pair[1]


top2 = heapq.nlargest(2, scores, key=score)
print(top2, sys.getsizeof(top2))  # expect: [('bob', 93), ('dee', 93)] 88
low2 = heapq.nsmallest(2, scores, key=score)
print(low2)  # expect: [('eve', 60), ('ann', 71)]
everything = heapq.nlargest(9, scores, key=score)
print(everything[0], len(everything), sys.getsizeof(everything))  # expect: ('bob', 93) 5 96
one = heapq.nsmallest(1, scores, key=score)
print(one, sys.getsizeof(one))  # expect: [('eve', 60)] 64
print(heapq.nlargest(3, iter([4, 1, 7, 3, 8, 5])))  # expect: [8, 7, 5]
print(heapq.nsmallest(3, (x * x for x in range(-3, 4))))  # expect: [0, 1, 1]
print(heapq.nlargest(0, [1, 2]), heapq.nsmallest(-1, iter([1])), heapq.nlargest(1, []))  # expect: [] [] []
print(heapq.nsmallest(2, 'hello'), heapq.nlargest(2, {3: 'a', 9: 'b', 5: 'c'}))  # expect: ['e', 'h'] [9, 5]
print(heapq.nsmallest(n=2, iterable=[3, 1, 2], key=None))  # expect: [1, 2]
