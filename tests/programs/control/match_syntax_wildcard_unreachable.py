# The wildcard must come last (unless guarded).
match [1]:
    case _:
        print("anything")
    case [x]:
        print("one item")
# expect-error: SyntaxError: wildcard makes remaining patterns unreachable
