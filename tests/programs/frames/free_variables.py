# A function's frame lists its parameters (co_varnames order, one held in a
# cell in its place), then its free variables sorted by name (absent while
# the enclosing variable is unbound), then its other locals; `global`
# names are not its variables.
total = 0


def outer(a, b):
    zeta = 'z'
    n = 0
    log = []

    def inc(q):
        nonlocal n
        r = q
        n += 1
        log.append((r, zeta, b))
        return n

    def early():
        return later

    inc(5)
    inc(6)
    try:
        early()
    except NameError as e:
        print(e)  # expect: cannot access free variable 'later' where it is not associated with a value in enclosing scope
    later = [a]
    print(early())  # expect: [1]
    return log


def counter():
    global total
    count = 0

    def bump(step, *rest, **opts):
        nonlocal count
        count += step
        return count

    bump(2)
    bump(3, 4, k=5)
    total = count
    return bump


print(outer(1, 2))  # expect: [(5, 'z', 2), (6, 'z', 2)]
b = counter()
print(total)  # expect: 5
print(b(10))  # expect: 15
