def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x for x in [9]))))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
# expect: [1, 2, 'a', 'b', 0, 1, 2, 9]
# expect: [1, 2, 3, 4, 5]
