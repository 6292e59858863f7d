import tracemalloc
tracemalloc.start(0)  # expect-error: ValueError: the number of frames must be in range [1; 65535]
