# copy's order for a list or dict subclass: __reduce_ex__ asks for the
# items' iterator (the class's __iter__, or items()) before the copy is
# made; _reconstruct then gives the copy its attributes, then consumes
# the iterator, appending (or setting) each item as it comes.
import copy


class Loud(list):
    def __iter__(self):
        print('iter called')
        for item in list.__iter__(self):
            print('yield', item)
            yield item

    def append(self, item):
        print('append', item)
        super().append(item)


class LoudDict(dict):
    def items(self):
        print('items called')
        return dict.items(self)

    def __setitem__(self, key, value):
        print('set', key)
        super().__setitem__(key, value)


a = Loud()
list.extend(a, [1, [2]])
a.tag = 't'
b = copy.copy(a)  # expect: iter called
# expect: yield 1
# expect: append 1
# expect: yield [2]
# expect: append [2]
print(b, b.tag, b[1] is a[1])  # expect: [1, [2]] t True
c = copy.deepcopy(a)  # expect: iter called
# expect: yield 1
# expect: append 1
# expect: yield [2]
# expect: append [2]
print(c, c.tag, c[1] is a[1])  # expect: [1, [2]] t False
d = LoudDict(k=[0])
e = copy.deepcopy(d)  # expect: items called
# expect: set k
print(e, e['k'] is d['k'])  # expect: {'k': [0]} False
