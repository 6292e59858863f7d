# Subscripting typing's names: Optional is a Union with None, a Union
# flattens and drops repeats, and each takes its own number of arguments.
from typing import List, Dict, Tuple, Optional, Union, Any, Callable, Set

class Point:
    pass

print(List[int], Dict[str, Point])  # expect: typing.List[int] typing.Dict[str, __main__.Point]
print(Tuple[int, ...], Tuple[()], Tuple[int, str])  # expect: typing.Tuple[int, ...] typing.Tuple[()] typing.Tuple[int, str]
print(Optional[int], Optional[List[int]])  # expect: typing.Optional[int] typing.Optional[typing.List[int]]
print(Union[int, Union[str, float]], Union[int, int], Optional[None])  # expect: typing.Union[int, str, float] <class 'int'> <class 'NoneType'>
print(Callable[..., int], Callable[[], None])  # expect: typing.Callable[..., int] typing.Callable[[], NoneType]
print(List['Point'], Any, List, Optional)  # expect: typing.List[ForwardRef('Point')] typing.Any typing.List typing.Optional
print(List[int] == List[int], Union[int, str] == Union[str, int], Set[int] == List[int])  # expect: True True False
print(List[int].__args__, Dict[str, int].__args__)  # expect: (<class 'int'>,) (<class 'str'>, <class 'int'>)
aliases = {Optional[int]: 'maybe'}
print(aliases[Union[int, None]])  # expect: maybe
