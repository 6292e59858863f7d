# Arguments are passed by object reference: mutating a parameter shows in
# the caller, rebinding it does not.
def mutate(lst):
    lst.append(4)

def rebind(lst):
    lst = [0]
    return lst

nums = [1, 2, 3]
mutate(nums)
print(nums)
r = rebind(nums)
print(nums, r, r is nums)
# expect: [1, 2, 3, 4]
# expect: [1, 2, 3, 4] [0] False
