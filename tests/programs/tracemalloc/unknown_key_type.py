import tracemalloc
tracemalloc.start()
snap = tracemalloc.take_snapshot()
snap.statistics('foo')  # expect-error: ValueError: unknown key_type: 'foo'
