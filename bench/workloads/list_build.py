xs = []
for i in range(200000):
    xs.append(i)
ys = [x * 2 for x in xs]
print(len(ys), sum(ys))
