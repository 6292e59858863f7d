# The tutorial's tracemalloc snippet.  Its byte counts come from refviz's
# model (see man refviz), so only their shape is compared with python3.
import tracemalloc
tracemalloc.start()
my_list = [i for i in range(100000)]
snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
for stat in top_stats[:1]:
    text = str(stat)
    print(text.split(':')[1], 'size=' in text, 'count=' in text, 'average=' in text)
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
tracemalloc.stop()
print(tracemalloc.is_tracing())
# expect: 5 True True True
# expect: True True
# expect: False
