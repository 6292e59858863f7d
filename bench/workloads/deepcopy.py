# Issue 8's target: 100,000 two-item lists deep-copied (three times, so
# that the copies, not building the lists, dominate) in no more time than
# python3 takes.  The memo is a hash table: 20,000 lists took 0.36 s, 40,000
# took 1.26 s before it was.
import copy
data = [[i, i + 1] for i in range(100000)]
for _ in range(3):
    dup = copy.deepcopy(data)
print(len(dup), dup[-1], dup[0] is data[0])
