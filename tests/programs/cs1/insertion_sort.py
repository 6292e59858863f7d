# Insertion sort: each item slides left to its place.
def insertion_sort(a):
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key

words = ["pear", "apple", "fig", "banana", "cherry"]
insertion_sort(words)
print(words)
nums = [5, -2, 9, 0, -2, 7]
insertion_sort(nums)
print(nums)
# expect: ['apple', 'banana', 'cherry', 'fig', 'pear']
# expect: [-2, -2, 0, 5, 7, 9]
