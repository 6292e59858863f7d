import gc, sys
print(gc.is_tracked(len), gc.is_tracked(sys), gc.is_tracked(iter([])))  # expect: True True True
print(gc.is_tracked(iter(range(3))), gc.is_tracked([].append))  # expect: False True
