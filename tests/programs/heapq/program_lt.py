# Items of a program class: every comparison heapq makes is a call of the
# class's __lt__, in CPython's order (traced like any call).
import heapq

log = []


class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        log.append(self.name + '<' + other.name)
        return self.pri < other.pri


def names(tasks):
    return [t.name for t in tasks]


h = []
heapq.heappush(h, Task(3, 'c'))
heapq.heappush(h, Task(1, 'a'))
heapq.heappush(h, Task(2, 'b'))
heapq.heappush(h, Task(0, 'z'))
print(names(h), log)  # expect: ['z', 'a', 'b', 'c'] ['a<c', 'b<a', 'z<c', 'z<a']
log.clear()
first = heapq.heappop(h)
print(first.name, names(h), log)  # expect: z ['a', 'c', 'b'] ['a<b', 'c<a']
log.clear()
heapq.heapify(h)
print(names(h), log)  # expect: ['a', 'c', 'b'] ['c<b', 'a<b']
