# A list grown while iterating (bounded).
# hostile-exit: 0
# hostile-stdout: 1000
a = [1]
for x in a:
    if len(a) < 1000:
        a.append(x)
print(len(a))
