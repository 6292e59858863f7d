# The None idiom makes a fresh list per call.
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b, append_to.__defaults__)
# expect: [1] [2] False (None,)
