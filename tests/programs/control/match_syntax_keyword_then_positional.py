# Keyword sub-patterns come after positional ones, as in a call.
class P:
    __match_args__ = ("x", "y")
match P():
    case P(x=1, 2):
        pass
# expect-error: SyntaxError: positional patterns follow keyword patterns
