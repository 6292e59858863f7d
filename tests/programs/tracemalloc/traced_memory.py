import tracemalloc
print(tracemalloc.get_traced_memory())  # expect: (0, 0)
tracemalloc.start()
data = [0] * 10000
current, peak = tracemalloc.get_traced_memory()
print(type(current).__name__, current > 0, peak >= current)  # expect: int True True
tracemalloc.stop()
print(tracemalloc.get_traced_memory())  # expect: (0, 0)
