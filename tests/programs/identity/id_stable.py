# An object's id does not change while it is mutated.
lst = []
before = id(lst)
for i in range(100):
    lst.append(i)
print(id(lst) == before)  # expect: True
d = {}
d_id = id(d)
d.update({n: n for n in range(50)})
print(id(d) == d_id)  # expect: True
s = 'a'
s_id = id(s)
s += 'b'
print(id(s) == s_id)  # expect: False
