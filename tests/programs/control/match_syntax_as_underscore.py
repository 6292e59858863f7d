# `as _` would bind nothing.
match 3:
    case int() as _:
        pass
# expect-error: SyntaxError: cannot use '_' as a target
