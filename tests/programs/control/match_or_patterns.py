# Or-patterns: the first alternative that matches wins; every alternative
# binds the same names (in any order), and `as` names the whole match.
def classify(value):
    match value:
        case 0 | 1 | 2:
            return "small"
        case "y" | "yes" | True:
            return "yes"
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case [a, b] | (a, b, _):
            return f"pair {a} {b}"
        case ({"k": k} | {"key": k}) as whole:
            return f"key {k} in {whole}"
        case (3 | 4) as n:
            return f"three or four: {n}"
        case _:
            return "other"

print(classify(1))  # expect: small
print(classify("yes"))  # expect: yes
print(classify(True))  # expect: small
print(classify((5, 0)))  # expect: on an axis at 5
print(classify((0, 6)))  # expect: on an axis at 6
print(classify([7, 8]))  # expect: pair 7 8
print(classify((7, 8, 9)))  # expect: pair 7 8
print(classify({"key": "v"}))  # expect: key v in {'key': 'v'}
print(classify(4))  # expect: three or four: 4
print(classify(4.5))  # expect: other
