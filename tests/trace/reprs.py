# Reprs in snapshots are built from the items' reprs, so a container shows
# a change made to an item it holds (b below is never touched itself).
a = [1, 2, 3]
b = [a, a]
a.append(4)
d = {'k': a, 'n': None}
keys = d.keys()
values = d.values()
items = d.items()
d['z'] = (a,)
del d['n']
s = {1, 2, 3}
s.discard(2)
s |= {7, 8}
fs = frozenset([1])
t = (a, [a])
one = (a,)
r = []
r.append(r)
e = {}
e['self'] = e
nums = list(range(100))
deep = [[[[1]]]]
deep[0][0][0].append('x' * 300)
text = 'é' * 150
empty = set()
grid = [[0] * 3] * 3
grid[0][1] = 5
a.insert(0, 'first')
a.sort(key=str)
nums[10:90] = []
print('a=' + repr(a))
print('b=' + repr(b))
print('d=' + repr(d))
print('keys=' + repr(keys))
print('values=' + repr(values))
print('items=' + repr(items))
print('s=' + repr(s))
print('fs=' + repr(fs))
print('t=' + repr(t))
print('one=' + repr(one))
print('r=' + repr(r))
print('e=' + repr(e))
print('nums=' + repr(nums))
print('deep=' + repr(deep))
print('text=' + repr(text))
print('empty=' + repr(empty))
print('grid=' + repr(grid))
