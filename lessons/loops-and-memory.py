# title: Loops and memory
# summary: A list comprehension holds every item at once; iterating a range makes one item at a time. sys.getsizeof and tracemalloc show the difference.
# detail: full
import sys
import tracemalloc

#: range(1000) stores only start, stop and step: 48 bytes however long it is.
numbers = range(1000)
print(sys.getsizeof(numbers))  # expect: 48
#: A list comprehension builds all 1000 squares at once: the list holds a reference to each.
squares = [i * i for i in range(1000)]
print(sys.getsizeof(squares))  # expect: 8856
print(len(squares))  # expect: 1000
#: Iterating the range directly keeps one number at a time: total is rebound, each old int is freed.
total = 0
for i in range(1000):
    total += i * i
print(total == sum(squares))  # expect: True
#: Dropping the list frees it and the squares only it referred to.
del squares
#: tracemalloc counts, line by line, the memory allocated while it traces and still alive.
tracemalloc.start()
#: This line's list and its ints stay alive after it ran.
kept = [str(i) for i in range(2000)]
#: This loop's objects are freed as it goes: it leaves almost nothing traced.
for i in range(2000):
    text = str(i)
current, peak = tracemalloc.get_traced_memory()
print(current > 100000, peak >= current)  # expect: True True
#: The biggest statistic names the line that made kept.
top = tracemalloc.take_snapshot().statistics("lineno")[0]
print(str(top).split(":")[1])  # expect: 24
tracemalloc.stop()
