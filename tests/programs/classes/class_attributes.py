class Counter:
    instances = 0
    shared = []
    def __init__(self):
        Counter.instances += 1
        self.own = []
a = Counter()
b = Counter()
a.shared.append('x')
a.own.append('y')
print(Counter.instances, b.shared, b.own, a.shared is b.shared)
a.instances = 99
print(a.instances, b.instances, Counter.instances)
print(sorted(vars(a)), vars(a) is a.__dict__)
# expect: 2 ['x'] [] True
# expect: 99 2 2
# expect: ['instances', 'own'] True
