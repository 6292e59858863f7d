def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__name__, c1.__qualname__)
# expect: 1 2 3 1
# expect: increment make_counter.<locals>.increment
