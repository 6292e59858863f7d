# Recursion on nested lists: flatten, deep sum, depth, deep copy by hand.
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def deep_sum(x):
    if isinstance(x, list):
        return sum(deep_sum(i) for i in x)
    return x

def depth(x):
    if not isinstance(x, list):
        return 0
    if not x:
        return 1
    return 1 + max(depth(i) for i in x)

def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    return x

data = [1, [2, [3, 4], 5], [[6]], [], 7]
print(flatten(data))
print(deep_sum(data), depth(data))
copy = deep_copy(data)
copy[1][1].append(99)
print(data)
print(copy)
print(copy[2] is data[2], copy[2] == data[2])
# expect: [1, 2, 3, 4, 5, 6, 7]
# expect: 28 3
# expect: [1, [2, [3, 4], 5], [[6]], [], 7]
# expect: [1, [2, [3, 4, 99], 5], [[6]], [], 7]
# expect: False True
