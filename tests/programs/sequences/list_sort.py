# sort sorts in place and returns None; key and reverse.
lst = [3, 1, 2]
same = lst
print(lst.sort())  # expect: None
print(lst, lst is same)  # expect: [1, 2, 3] True
lst.sort(reverse=True)
print(lst)  # expect: [3, 2, 1]
words = ['banana', 'Apple', 'cherry', 'fig']
words.sort()
print(words)  # expect: ['Apple', 'banana', 'cherry', 'fig']
words.sort(key=len)
print(words)  # expect: ['fig', 'Apple', 'banana', 'cherry']
words.sort(key=str.lower, reverse=True)
print(words)  # expect: ['fig', 'cherry', 'banana', 'Apple']
nums = [-3, 2, -1]
nums.sort(key=abs)
print(nums)  # expect: [-1, 2, -3]
