# The biggest difference is the line that allocated in between.
import tracemalloc
tracemalloc.start()
first = tracemalloc.take_snapshot()
grown = [0] * 100000
second = tracemalloc.take_snapshot()
diff = second.compare_to(first, 'lineno')
print(str(diff[0]).split(':')[1])  # expect: 5
print(type(diff[0]).__name__, diff[0].size_diff > 700000, diff[0].count_diff >= 1)  # expect: StatisticDiff True True
print(' (+' in str(diff[0]))  # expect: True
