# dict_traverse: values only when every key is a str, else value then key.
import gc
print(gc.get_referents({'a': 1, 'b': 2}))  # expect: [1, 2]
print(gc.get_referents({1: 'one', 2: 'two'}))  # expect: ['one', 1, 'two', 2]
print(gc.get_referents({5}, frozenset()))  # expect: [5]
