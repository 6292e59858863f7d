# At module level the globals dict refers to every variable's value.
import gc
x = []
print(len(gc.get_referrers(x)))  # expect: 1
y = [x]
z = (x, 1)
refs = gc.get_referrers(x)
print(len(refs), any(r is y for r in refs), any(r is z for r in refs))  # expect: 3 True True
