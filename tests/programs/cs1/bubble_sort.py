# Bubble sort in place, stopping early once a pass makes no swap.
def bubble_sort(items):
    n = len(items)
    passes = 0
    for i in range(n - 1):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        passes += 1
        if not swapped:
            break
    return passes

data = [64, 34, 25, 12, 22, 11, 90]
p = bubble_sort(data)
print(data)
print("passes:", p)
already = [1, 2, 3, 4]
print("passes on sorted input:", bubble_sort(already))
# expect: [11, 12, 22, 25, 34, 64, 90]
# expect: passes: 6
# expect: passes on sorted input: 1
