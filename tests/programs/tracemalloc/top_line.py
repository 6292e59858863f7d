# The biggest statistic is the line that built the big list.
import tracemalloc
tracemalloc.start()
small = [1, 2, 3]
big = [0] * 100000
other = {'a': 1}
snap = tracemalloc.take_snapshot()
top = snap.statistics('lineno')[0]
print(str(top).split(':')[1])  # expect: 5
print(top.count >= 1, top.size > 700000)  # expect: True True
