# str(Statistic): "file:line: size=N B, count=N, average=N B"
import tracemalloc
tracemalloc.start()
x = [0] * 50000
s = str(tracemalloc.take_snapshot().statistics('lineno')[0])
print(s.split(':')[1])  # expect: 4
print(s.split(': ')[1].startswith('size='), ', count=' in s, ', average=' in s)  # expect: True True True
print(s.split(', ')[0].endswith(' KiB'))  # expect: True
