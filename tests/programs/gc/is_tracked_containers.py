import gc
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()))  # expect: True True True
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))  # expect: False False True
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked((1, [])))  # expect: False True True
