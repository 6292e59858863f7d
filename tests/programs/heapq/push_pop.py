# heapq moves the items of the list exactly as CPython's _heapq does: the
# list after every push and pop (a lesson draws it), and its size as it
# grows by appends and shrinks by heappop's slice deletion.
import heapq
import sys

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h, sys.getsizeof(h))
# expect: [5] 88
# expect: [3, 5] 88
# expect: [3, 5, 8] 88
# expect: [1, 3, 8, 5] 88
# expect: [1, 3, 8, 5, 9] 120
# expect: [1, 3, 2, 5, 9, 8] 120
# expect: [1, 3, 2, 5, 9, 8, 7] 120
while h:
    smallest = heapq.heappop(h)
    print(smallest, h, sys.getsizeof(h))
# expect: 1 [2, 3, 7, 5, 9, 8] 120
# expect: 2 [3, 5, 7, 8, 9] 120
# expect: 3 [5, 8, 7, 9] 120
# expect: 5 [7, 8, 9] 120
# expect: 7 [8, 9] 120
# expect: 8 [9] 88
# expect: 9 [] 56

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)  # expect: [0, 1, 2, 3, 4, 7, 6, 9, 5, 8]
top = heapq.heapreplace(data, 4)
print(top, data)  # expect: 0 [1, 3, 2, 4, 4, 7, 6, 9, 5, 8]
top = heapq.heappushpop(data, -1)
print(top, data)  # expect: -1 [1, 3, 2, 4, 4, 7, 6, 9, 5, 8]
top = heapq.heappushpop(data, 10)
print(top, data)  # expect: 1 [2, 3, 6, 4, 4, 7, 10, 9, 5, 8]
print(heapq.heappushpop([], 3))  # expect: 3

# Tuples: (priority, task) pairs, ties broken by the second item.
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (2, 'test'))
heapq.heappush(tasks, (1, 'think'))
print(tasks)  # expect: [(1, 'plan'), (1, 'think'), (2, 'test'), (2, 'write')]
print([heapq.heappop(tasks)[1] for _ in range(4)])  # expect: ['plan', 'think', 'test', 'write']

# Max-heap by negation, and heapq's own max-heap helpers.
neg = [-x for x in [3, 1, 4, 1, 5]]
heapq.heapify(neg)
print(-heapq.heappop(neg), neg)  # expect: 5 [-4, -3, -1, -1]
mx = [3, 1, 4, 1, 5, 9, 2]
heapq._heapify_max(mx)
print(mx)  # expect: [9, 5, 4, 1, 1, 3, 2]
print(heapq._heappop_max(mx), mx)  # expect: 9 [5, 2, 4, 1, 1, 3]
print(heapq._heapreplace_max(mx, 0), mx)  # expect: 5 [4, 2, 3, 1, 1, 0]
