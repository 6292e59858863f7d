# A pattern binds a name once.
match [1, 1]:
    case [x, x]:
        print("same")
# expect-error: SyntaxError: multiple assignments to name 'x' in pattern
