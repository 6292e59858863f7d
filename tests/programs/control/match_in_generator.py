# A match statement inside a generator: each case tested is a step of the
# generator's frame; captures are its variables (and its size counts the
# stack a class pattern needs).
import sys

class Token:
    __match_args__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

def words(tokens):
    for tok in tokens:
        match tok:
            case Token("word", text):
                yield text.upper()
            case Token("num", text) if text.isdigit():
                yield int(text)
            case Token(kind, _):
                yield kind

gen = words([Token("word", "hi"), Token("num", "42"), Token("space", " ")])
print(sys.getsizeof(gen))  # expect: 240
print(list(gen))  # expect: ['HI', 42, 'space']
