# Thousands of small cycles (each list holds itself, and pairs of lists
# hold each other): the copy reproduces every cycle among the copies.
import copy
nodes = []
for i in range(5000):
    n = [i]
    n.append(n)
    nodes.append(n)
for i in range(0, 5000, 2):
    nodes[i].append(nodes[i + 1])
    nodes[i + 1].append(nodes[i])
dup = copy.deepcopy(nodes)
print(all(d[1] is d for d in dup))  # expect: True
print(all(dup[i][2] is dup[i + 1] and dup[i + 1][2] is dup[i] for i in range(0, 5000, 2)))  # expect: True
print(any(d is n for d, n in zip(dup, nodes)))  # expect: False
print(dup[4999][0], dup[4999][2][0])  # expect: 4999 4998
