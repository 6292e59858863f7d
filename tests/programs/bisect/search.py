# bisect_left and bisect_right: where x would go in a sorted sequence
# (lists, tuples, strings, ranges, or a class with __len__/__getitem__).
import bisect
from bisect import bisect_left, bisect_right

grades = [60, 70, 80, 90]
marks = [55, 60, 65, 90, 100]
print([bisect.bisect(grades, m) for m in marks])  # expect: [0, 1, 1, 4, 4]
print([bisect_left(grades, m) for m in marks])  # expect: [0, 0, 1, 3, 4]
print(['FDCBA'[bisect.bisect(grades, m)] for m in marks])  # expect: ['F', 'D', 'D', 'A', 'A']
print(bisect_left((1, 3, 3, 5), 3), bisect_right((1, 3, 3, 5), 3))  # expect: 1 3
print(bisect_left('acegi', 'f'), bisect_right(range(0, 100, 5), 42))  # expect: 3 9
print(bisect_left(grades, 75, 2), bisect_left(grades, 75, 0, 1), bisect_left(grades, 75, hi=None))  # expect: 2 1 2
print(bisect_left(grades, 75, lo=True), bisect_right(grades, 0, 3), bisect_left(grades, 99, 1, -5))  # expect: 2 3 1
print(bisect_right(a=grades, x=80), bisect_left(grades, 70, key=None))  # expect: 3 1
print(bisect.bisect, bisect.insort)  # expect: <built-in function bisect_right> <built-in function insort_right>
print(bisect.bisect is bisect_right)  # expect: True

words = ['apple', 'fig', 'banana', 'kiwi']
words.sort(key=len)
print(words, bisect_left(words, 4, key=len), bisect_right(words, 4, key=len))  # expect: ['fig', 'kiwi', 'apple', 'banana'] 1 2


class Squares:
    """A sequence of the first n squares, read through __getitem__."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i * i


sq = Squares(10)
print(bisect_left(sq, 50), bisect_right(sq, 49))  # expect: 8 8
