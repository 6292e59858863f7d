import tracemalloc
print(tracemalloc.get_traceback_limit())  # expect: 1
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())  # expect: 5
print(tracemalloc.take_snapshot().traceback_limit)  # expect: 5
tracemalloc.stop()
