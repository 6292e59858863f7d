import tracemalloc
tracemalloc.is_tracing(1)  # expect-error: TypeError: _tracemalloc.is_tracing() takes no arguments (1 given)
