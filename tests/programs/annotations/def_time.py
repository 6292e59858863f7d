# Annotations are evaluated when the def runs: a name they use must exist then.
try:
    def f(x: Missing) -> int:
        return x
except NameError as e:
    print(e)  # expect: name 'Missing' is not defined

def g(x: 'Missing') -> 'list[Missing]':
    return x

print(g.__annotations__)  # expect: {'x': 'Missing', 'return': 'list[Missing]'}
