# Merge sort returns a new list; the input is untouched.
def merge(left, right):
    result = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            result.append(left[i])
            i += 1
        else:
            result.append(right[j])
            j += 1
    result.extend(left[i:])
    result.extend(right[j:])
    return result

def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))

original = [38, 27, 43, 3, 9, 82, 10]
ordered = merge_sort(original)
print(original)
print(ordered)
print(ordered is original)
# expect: [38, 27, 43, 3, 9, 82, 10]
# expect: [3, 9, 10, 27, 38, 43, 82]
# expect: False
