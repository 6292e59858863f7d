# `1 + 2` is no literal pattern: only complex literals add.
match 3:
    case 1 + 2:
        pass
# expect-error: SyntaxError: imaginary number required in complex literal
