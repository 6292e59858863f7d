# Drawing the final state of a program holding a 1,000,000-item list:
# refviz run bench/workloads/million.py --format svg --final -o m.svg
data = list(range(1000000))
print(len(data))
