# Issue 13's loop: two steps per iteration, about 2,000,000 steps, over a
# heap that hardly changes.
t = 0
for i in range(10**6):
    t += i
print(t)
