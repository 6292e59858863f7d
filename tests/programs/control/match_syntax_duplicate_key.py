# Literal keys of a mapping pattern must differ.
match {"a": 1}:
    case {"a": 1, "a": 2}:
        pass
# expect-error: SyntaxError: mapping pattern checks duplicate key ('a')
