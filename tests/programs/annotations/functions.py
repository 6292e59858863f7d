# A def evaluates its annotations when it runs; __annotations__ keeps
# them, parameters first and 'return' last.
def area(width: float, height: float = 1.0) -> float:
    return width * height

def greet(name: str, *rest: str, loud: bool = False, **opts: int) -> None:
    pass

def plain(a, b):
    return a + b

print(area.__annotations__)  # expect: {'width': <class 'float'>, 'height': <class 'float'>, 'return': <class 'float'>}
print(greet.__annotations__)  # expect: {'name': <class 'str'>, 'rest': <class 'str'>, 'loud': <class 'bool'>, 'opts': <class 'int'>, 'return': None}
print(plain.__annotations__)  # expect: {}
print(area(3.0, 2.0))  # expect: 6.0

def pos(a: 1, /, b: 2, *, c: 3) -> 4:
    pass

print(pos.__annotations__)  # expect: {'b': 2, 'a': 1, 'c': 3, 'return': 4}

def local_only():
    x: undefined_name = 5
    y: int
    print(x)
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)

local_only()
# expect: 5
# expect: cannot access local variable 'y' where it is not associated with a value
plain.__annotations__ = {'a': int}
print(plain.__annotations__)  # expect: {'a': <class 'int'>}
