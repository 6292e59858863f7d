s = 'ab'
s += 'c'
s += 'd'
n = [1000]
del n
x = [1, 2]
x.append(x)
del x
import gc
freed = gc.collect()
