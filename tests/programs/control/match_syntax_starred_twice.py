# A sequence pattern has at most one starred name.
match [1, 2, 3]:
    case [*a, 2, *b]:
        pass
# expect-error: SyntaxError: multiple starred names in sequence pattern
