import tracemalloc
tracemalloc.start()
snap = tracemalloc.take_snapshot()
snap.statistics('traceback', cumulative=True)  # expect-error: ValueError: cumulative mode cannot by used with key type 'traceback'
