import tracemalloc
tracemalloc.start()
x = [0] * 1000
stats = tracemalloc.take_snapshot().statistics('filename')
print([str(s).split(':')[1] for s in stats])  # expect: ['0']
