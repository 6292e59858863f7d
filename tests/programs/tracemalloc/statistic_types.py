import tracemalloc
tracemalloc.start()
x = [0] * 1000
snap = tracemalloc.take_snapshot()
stats = snap.statistics('lineno')
print(type(snap).__name__, type(stats).__name__, type(stats[0]).__name__)  # expect: Snapshot list Statistic
print(type(snap))  # expect: <class 'tracemalloc.Snapshot'>
print(type(stats[0].size).__name__, type(stats[0].count).__name__)  # expect: int int
print(repr(stats[0]).startswith('<Statistic traceback=<Traceback (<Frame filename='))  # expect: True
print(str(stats[0].traceback).split(':')[1])  # expect: 3
print(snap.traceback_limit)  # expect: 1
