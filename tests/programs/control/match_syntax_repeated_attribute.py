# A class pattern names each attribute once.
class P:
    x = 1
match P():
    case P(x=1, x=2):
        pass
# expect-error: SyntaxError: attribute name repeated in class pattern: x
