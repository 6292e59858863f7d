class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1), getattr(p, 'target') is p.target)
print(hasattr(p, 'nope'))
# expect: [3, 1, 2, 0] 1 True
# expect: False
