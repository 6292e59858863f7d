# Statistic and StatisticDiff are classes with __slots__ of three and five.
import sys
import tracemalloc
tracemalloc.start()
data = [0] * 100
snap = tracemalloc.take_snapshot()
print(sys.getsizeof(snap.statistics('lineno')[0]))  # expect: 56
print(sys.getsizeof(snap.compare_to(snap, 'lineno')[0]))  # expect: 72
tracemalloc.stop()
