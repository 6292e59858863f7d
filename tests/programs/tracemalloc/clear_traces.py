import tracemalloc
tracemalloc.start()
x = [0] * 1000
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())  # expect: (0, 0)
print(tracemalloc.is_tracing())  # expect: True
