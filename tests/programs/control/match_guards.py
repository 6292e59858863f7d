# Guards run after the pattern matched and its names were bound: a guard
# that fails leaves the names bound and moves on to the next case.  A guard
# may call functions (traced) and bind names with :=.
calls = []

def big(n):
    calls.append(n)
    return n > 10

def check(value):
    match value:
        case [x, y] if big(x + y):
            return f"big pair {x}+{y}"
        case [x, y] if (total := x + y) == 0:
            return f"opposites {x} {y}"
        case [x, y]:
            return f"pair with total {total}"
        case n if n == "secret":
            return "found it"
        case n:
            return f"just {n!r}"

print(check([5, 7]))  # expect: big pair 5+7
print(check([3, -3]))  # expect: opposites 3 -3
print(check([1, 2]))  # expect: pair with total 3
print(check("secret"))  # expect: found it
print(check("open"))  # expect: just 'open'
print(calls)  # expect: [12, 0, 3]

match [4, 5]:
    case [first, second] if first > second:
        print("descending")
    case _:
        print("not descending", first, second)  # expect: not descending 4 5
