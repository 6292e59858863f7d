import tracemalloc
tracemalloc.start(nframe=1)  # expect-error: TypeError: _tracemalloc.start() takes no keyword arguments
