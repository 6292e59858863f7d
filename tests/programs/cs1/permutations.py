# All permutations of a list, by recursion, without itertools.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def permute_str(s, prefix=""):
    if not s:
        print(prefix)
        return
    for i, ch in enumerate(s):
        permute_str(s[:i] + s[i + 1:], prefix + ch)

perms = permutations([1, 2, 3])
print(len(perms))
for p in perms:
    print(p)
permute_str("abc")
# expect: 6
# expect: [1, 2, 3]
# expect: [1, 3, 2]
# expect: [2, 1, 3]
# expect: [2, 3, 1]
# expect: [3, 1, 2]
# expect: [3, 2, 1]
# expect: abc
# expect: acb
# expect: bac
# expect: bca
# expect: cab
# expect: cba
