import tracemalloc
tracemalloc.stop(1)  # expect-error: TypeError: _tracemalloc.stop() takes no arguments (1 given)
