# The foundation issue's memory target: 100,000 steps over a heap of
# 100,000 objects, recorded in well under 1 GiB.
data = [str(i) for i in range(100000)]
lengths = {}
i = 0
while i < 50000:
    lengths[i] = len(data[i])
    i += 1
print(len(lengths))
