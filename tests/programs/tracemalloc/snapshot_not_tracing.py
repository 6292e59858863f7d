import tracemalloc
tracemalloc.take_snapshot()  # expect-error: RuntimeError: the tracemalloc module must be tracing memory allocations to take a snapshot
