# sorted/min/max and list.sort call a key function written in the program;
# while list.sort runs, the list looks empty (as in CPython).
def neg(v):
    return -v
xs = [3, 1, 2]
s = sorted(xs, key=neg)
print(s)  # expect: [3, 2, 1]
lo = min(xs, key=neg)
hi = max(xs, key=lambda v: -v)
print(lo, hi)  # expect: 3 1
def peek(v):
    print(len(xs), end=' ')
    return v
xs.sort(key=peek)
print(xs)  # expect: 0 0 0 [1, 2, 3]
xs.sort(key=neg, reverse=True)
print(xs)  # expect: [1, 2, 3]
