# The peak remembers a list that was freed again.
import tracemalloc
tracemalloc.start()
y = [1] * 100000
del y
current, peak = tracemalloc.get_traced_memory()
print(peak > current + 700000)  # expect: True
tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print(peak >= current, peak < 700000)  # expect: True True
