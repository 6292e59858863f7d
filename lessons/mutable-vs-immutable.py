# title: Mutable and immutable
# summary: += changes a list in place, but for an int, a str or a tuple it makes a new object and rebinds the name.
# heap: all
nums = [1, 2]
alias = nums
#: A list is mutable. On a list, += extends the existing list in place, then binds nums to that same list again. alias sees the new item, and no new list is made.
nums += [3]
print(nums is alias, alias)  # expect: True [1, 2, 3]
n = 10
m = n
#: An int is immutable: the object 10 can never become 11. So n += 1 computes 11, a different int object, and rebinds n to it. m still refers to 10.
n += 1
s = "ab"
t = s
#: A str is immutable too. s += "c" builds a new str 'abc' and rebinds s to it; t still refers to the unchanged 'ab'.
s += "c"
print(n, m, s, t)  # expect: 11 10 abc ab
tup = (1, 2)
same = tup
#: A tuple cannot grow either. tup += (3,) builds a new tuple that refers to the same 1 and 2, plus 3, and rebinds tup. same still refers to the old tuple.
tup += (3,)
print(tup, same, tup is same)  # expect: (1, 2, 3) (1, 2) False
