# dict(d), {**d} and update(d) copy a dict subclass's entries directly,
# unless its class has an __iter__ of its own: then its keys() and its
# __getitem__ give them.  set(d) iterates it; a list subclass as a pair
# is read as a sequence.


class Shown(dict):
    def __iter__(self):
        print('iter')
        return iter(['a'])

    def __getitem__(self, k):
        print('get', k)
        return 1

    def keys(self):
        print('keys')
        return ['a', 'b']


class Quiet(dict):
    def __getitem__(self, k):
        print('get', k)
        return 0


d = Shown(a=5, b=6)
print(dict(d), {**d}, set(d))  # expect: keys
# expect: get a
# expect: get b
# expect: keys
# expect: get a
# expect: get b
# expect: iter
# expect: {'a': 1, 'b': 1} {'a': 1, 'b': 1} {'a'}
x = {}
x.update(d)  # expect: keys
# expect: get a
# expect: get b
print(x, dict(Quiet(q=1)), {**Quiet(r=2)})  # expect: {'a': 1, 'b': 1} {'q': 1} {'r': 2}


class Pair(list):
    def __getitem__(self, i):
        return 'never'


print(dict([Pair([1, 2])]), dict.fromkeys(Shown(z=0)))  # expect: iter
# expect: {1: 2} {'a': None}
