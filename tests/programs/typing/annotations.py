# typing's names in annotations: they describe types, and print as CPython's.
from typing import List, Dict, Tuple, Optional, Union, Any, Callable, Iterable, Sequence

def average(xs: List[float]) -> float:
    return sum(xs) / len(xs)

def lookup(table: Dict[str, int], key: str) -> Optional[int]:
    return table.get(key)

def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]

class Gradebook:
    grades: Dict[str, List[int]]
    best: Optional[Tuple[str, int]] = None

print(average([1.0, 2.0, 3.0]), lookup({'a': 1}, 'b'))  # expect: 2.0 None
print(apply(lambda n: n * 2, (1, 2)))  # expect: [2, 4]
print(average.__annotations__)  # expect: {'xs': typing.List[float], 'return': <class 'float'>}
print(lookup.__annotations__['return'])  # expect: typing.Optional[int]
print(apply.__annotations__['f'])  # expect: typing.Callable[[int], int]
print(Gradebook.__annotations__)  # expect: {'grades': typing.Dict[str, typing.List[int]], 'best': typing.Optional[typing.Tuple[str, int]]}
print(Sequence[Any], Union[int, str, None])  # expect: typing.Sequence[typing.Any] typing.Union[int, str, NoneType]
