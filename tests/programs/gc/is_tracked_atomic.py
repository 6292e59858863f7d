import gc
print(gc.is_tracked(1), gc.is_tracked('a'), gc.is_tracked(1.5), gc.is_tracked(None))  # expect: False False False False
print(gc.is_tracked(True), gc.is_tracked(int), gc.is_tracked(range(3)))  # expect: False False False
