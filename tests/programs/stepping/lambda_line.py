# A lambda's frame is at the line of the statement that defines it.
fs = [lambda: 1,
      lambda: 2]
for f in fs:
    f()
h = sorted([3, 1, 2],
           key=lambda v: -v)
print(h)  # expect: [3, 2, 1]
