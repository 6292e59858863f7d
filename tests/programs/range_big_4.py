# len() must return a C ssize_t: a range longer than that has no len(),
# although it can be indexed, sliced and iterated.
r = range(2**70)
print(r[-1], len(r[::2**60]))  # expect: 1180591620717411303423 1024
print(len(range(2**70, 2**70 + 3)))  # expect: 3
print(len(r))  # expect-error: OverflowError: Python int too large to convert to C ssize_t
