# print writes each argument as soon as str() gives it: a __str__ called by
# print sees the output so far.
class V:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return 'V%d' % self.n
print(V(1), V(2), sep=', ')  # expect: V1, V2
class L:
    def __len__(self):
        return 2
    def __iter__(self):
        return iter([1, 2])
print(list(L()))  # expect: [1, 2]
