import tracemalloc
tracemalloc.start()
x = [0] * 100000
stats = tracemalloc.take_snapshot().statistics('traceback')
print(str(stats[0]).split(':')[1])  # expect: 3
