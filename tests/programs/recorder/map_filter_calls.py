# list(map(f, ...)) and list(filter(f, ...)) fill a list while f runs:
# every item is in the trace once the statement is done.
def double(x):
    return x * 2
def odd(x):
    return x % 2 == 1
g = list(map(double, [1, 2, 3]))
h = list(filter(odd, [1, 2, 3, 4, 5]))
print(g, h)  # expect: [2, 4, 6] [1, 3, 5]
g += map(double, [4, 5])
print(g)  # expect: [2, 4, 6, 8, 10]
g.extend(filter(odd, range(7, 10)))
print(g)  # expect: [2, 4, 6, 8, 10, 7, 9]
