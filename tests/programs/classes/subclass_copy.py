# copy.copy and copy.deepcopy of instances of container subclasses follow
# their __reduce_ex__: a list or dict subclass's copy is made without
# __init__, gets the attributes, then the items through append and
# __setitem__; a set subclass's copy is the class called with a list.
import copy


class Tagged(list):
    def __init__(self, items, tag):
        print('init', tag)
        super().__init__(items)
        self.tag = tag

    def append(self, item):
        print('append', item)
        super().append(item)


inner = [1]
a = Tagged([inner, 2], 'a')  # expect: init a
b = copy.copy(a)  # expect: append [1]
# expect: append 2
print(b, type(b).__name__, b.tag, b is a, b[0] is inner, b.__dict__ is a.__dict__)  # expect: [[1], 2] Tagged a False True False
c = copy.deepcopy(a)  # expect: append [1]
# expect: append 2
print(c, type(c).__name__, c.tag, c[0] is inner, c[0] == inner)  # expect: [[1], 2] Tagged a False True


class Registry(dict):
    def __setitem__(self, key, value):
        print('register', key)
        super().__setitem__(key, value)


r = Registry()
r['x'] = [1, 2]  # expect: register x
r.owner = 'me'
r2 = copy.copy(r)  # expect: register x
print(r2, type(r2).__name__, r2.owner, r2['x'] is r['x'])  # expect: {'x': [1, 2]} Registry me True
r3 = copy.deepcopy(r)  # expect: register x
print(r3, r3['x'] is r['x'], r3.owner)  # expect: {'x': [1, 2]} False me


class Members(set):
    def __init__(self, items=()):
        print('members init', sorted(items))
        super().__init__(items)


m = Members([3, 1])  # expect: members init [1, 3]
m.kind = 'club'
m2 = copy.copy(m)  # expect: members init [1, 3]
print(m2, type(m2).__name__, m2.kind, m2 == m, m2 is m)  # expect: Members({1, 3}) Members club True False
m3 = copy.deepcopy(m)  # expect: members init [1, 3]
print(sorted(m3), m3.kind)  # expect: [1, 3] club


class Label(str):
    pass


lab = Label('hi')
lab.size = 2
lab2 = copy.copy(lab)
print(lab2, type(lab2).__name__, lab2 is lab, lab2.size, copy.deepcopy(lab).size)  # expect: hi Label False 2 2
loop = Tagged([], 'loop')  # expect: init loop
loop.extend([loop])
dup = copy.deepcopy(loop)  # expect: append []
print(dup[0] is dup, dup.tag, len(dup))  # expect: True loop 1
