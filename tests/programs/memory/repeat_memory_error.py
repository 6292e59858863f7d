# A repetition no machine could hold is a MemoryError the program can
# catch, as in CPython, never an abort of refviz itself.
for make in (lambda: [0] * 10 ** 10, lambda: (0,) * 10 ** 10):
    try:
        make()
    except MemoryError:
        print('MemoryError')  # expect: MemoryError
        # expect: MemoryError
a = [1, 2]
try:
    a *= 10 ** 12
except MemoryError:
    print('still', a)  # expect: still [1, 2]
