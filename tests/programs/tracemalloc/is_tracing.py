import tracemalloc
print(tracemalloc.is_tracing())  # expect: False
tracemalloc.start()
print(tracemalloc.is_tracing())  # expect: True
tracemalloc.stop()
print(tracemalloc.is_tracing())  # expect: False
