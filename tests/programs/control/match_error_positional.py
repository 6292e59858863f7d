# A class without __match_args__ takes no positional sub-patterns: the
# pattern raises TypeError when it is tested.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

match Point(1, 2):
    case Point(x=0):
        print("on the y axis")
    case Point(1):
        print("never")
# expect-error: TypeError: Point() accepts 0 positional sub-patterns (1 given)
