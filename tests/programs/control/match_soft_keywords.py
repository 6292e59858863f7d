# `match` and `case` are soft keywords: they stay usable as names, and a
# line is a match statement only when a subject and a colon follow.
match = [1, 2]
case = {"k": 3}
print(match, case)  # expect: [1, 2] {'k': 3}

def match_it(x):
    return x * 2

match_result = match_it(4)
print(match_result)  # expect: 8
match[0] = 10
print(match)  # expect: [10, 2]

match match:
    case [case, 2]:
        print("case is", case)  # expect: case is 10

def f(match, case=None):
    return match, case

print(f(match=1, case=2))  # expect: (1, 2)
match (1, 2):
    case (1, x):
        print("tuple subject", x)  # expect: tuple subject 2
match 1, 3:
    case a, b:
        print("open tuple", a, b)  # expect: open tuple 1 3
