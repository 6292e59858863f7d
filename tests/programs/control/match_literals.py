# Literal patterns: numbers and strings compare with ==, None/True/False
# with `is`; negative numbers are literals too.
def what(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case -1:
            return "minus one"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case "":
            return "empty string"
        case "a" "b":
            return "ab"
        case 0x10:
            return "sixteen"
        case _:
            return "other"

print(what(None))  # expect: None
print(what(True))  # expect: True
print(what(1))  # expect: other
print(what(False))  # expect: False
print(what(0))  # expect: zero
print(what(0.0))  # expect: zero
print(what(-1))  # expect: minus one
print(what(-1.0))  # expect: minus one
print(what(1.5))  # expect: one and a half
print(what(""))  # expect: empty string
print(what("ab"))  # expect: ab
print(what(16))  # expect: sixteen
print(what([]))  # expect: other

class Color:
    RED = "red"
    GREEN = "green"

class Palette:
    primary = Color

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Palette.primary.GREEN:
            return "go"
        case _:
            return "wait"

print(paint("red"), paint("green"), paint("blue"))  # expect: stop go wait
