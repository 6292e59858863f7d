# Recursion through a special method: RecursionError as in python3.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded in comparison
a = []
a.append(a)
b = []
b.append(b)
print(a == b)
