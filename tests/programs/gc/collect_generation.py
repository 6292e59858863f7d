import gc
print(gc.collect(0), gc.collect(1), gc.collect(2), gc.collect(generation=2))  # expect: 0 0 0 0
