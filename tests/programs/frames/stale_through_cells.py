# State written through a cell, an object's __dict__ or an exception's
# args shows at once in every snapshot: the function's cell refs, the
# frames, the instance's attributes, the exception's repr.
def make_counter():
    count = 0
    history = []

    def bump():
        nonlocal count, history
        count += 1
        history = history + [count]
        return count

    return bump


def watcher():
    seen = 'start'

    def see(x):
        nonlocal seen
        seen = x
        return seen

    yield see


bump = make_counter()
bump()
bump()
print(bump())  # expect: 3
w = watcher()
see = next(w)
print(see('changed'))  # expect: changed


class Box:
    pass


box = Box()
vars(box)['x'] = 1
vars(box)['items'] = [2]
del vars(box)['x']
print(vars(box))  # expect: {'items': [2]}
lst = [1]
err = ValueError(lst)
pair = KeyError('k', lst)
errors = [err]
lst.append(2)
print(repr(err))  # expect: ValueError([1, 2])
print(repr(pair))  # expect: KeyError('k', [1, 2])
