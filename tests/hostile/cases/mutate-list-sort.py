# A list changed by its own sort key.
# hostile-exit: 1
# hostile-stderr: ValueError: list modified during sort
a = [3, 1, 2]
a.sort(key=lambda x: a.append(x) or x)
