# Writes that reach an object without an attribute assignment: through
# vars(obj), an instance __dict__, and closure cells rebound by nonlocal.
class Box:
    pass
b = Box()
vars(b)['item'] = [1]
b.__dict__['other'] = [2]
print(b.item, b.other)  # expect: [1] [2]
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
inc = make_counter()
inc()
inc()
print(inc())  # expect: 3
err = ValueError([1])
err.args[0].append(2)
print(repr(err))  # expect: ValueError([1, 2])
