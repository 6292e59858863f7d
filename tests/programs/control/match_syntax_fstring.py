# An f-string is not a literal pattern.
name = "x"
match "x":
    case f"{name}":
        pass
# expect-error: SyntaxError: patterns may only match literals and attribute lookups
