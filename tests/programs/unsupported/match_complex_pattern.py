# Complex numbers are outside refviz's subset, complex literal patterns
# too: the parser refuses them before anything runs.
point = 1
match point:
    case 0:
        print("origin")
    case 1 + 2j:
        print("complex")
# expect-refviz-error: refviz: unsupported: complex numbers (match_complex_pattern.py:7)
