# Quicksort two ways: with list comprehensions, and in place (Lomuto).
def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot = xs[0]
    smaller = [x for x in xs[1:] if x < pivot]
    larger = [x for x in xs[1:] if x >= pivot]
    return quicksort(smaller) + [pivot] + quicksort(larger)

def partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i

def quicksort_in_place(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = partition(a, lo, hi)
        quicksort_in_place(a, lo, p - 1)
        quicksort_in_place(a, p + 1, hi)

print(quicksort([3, 6, 1, 8, 2, 9, 2]))
data = [10, 7, 8, 9, 1, 5]
quicksort_in_place(data)
print(data)
# expect: [1, 2, 2, 3, 6, 8, 9]
# expect: [1, 5, 7, 8, 9, 10]
