# A default value is evaluated once, when def runs: the same list is
# reused by every call that does not pass one.
def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to.__defaults__)
print(append_to.__defaults__[0] is a)
# expect: [1, 2] [1, 2] True
# expect: ([1, 2],)
# expect: True
