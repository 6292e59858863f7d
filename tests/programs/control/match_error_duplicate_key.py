# Two keys of a mapping pattern that are equal at run time (attribute
# lookups: the compiler checks only literal keys) raise ValueError.
class Keys:
    A = "a"
    B = "a"

match {"a": 1, "b": 2}:
    case {Keys.A: 1, Keys.B: 1}:
        print("never")
# expect-error: ValueError: mapping pattern checks duplicate key ('a')
