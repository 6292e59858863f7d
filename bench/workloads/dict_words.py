counts = {}
for i in range(100000):
    k = "w" + str(i % 1000)
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts["w7"])
