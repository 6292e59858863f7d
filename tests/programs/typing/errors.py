# The messages of misused typing names.
from typing import List, Dict, Optional, Union, Any

for make in (lambda: List[int, str], lambda: Dict[str], lambda: List(),
             lambda: Optional[int, str], lambda: Union[()], lambda: Any()):
    try:
        make()
    except TypeError as e:
        print(e)
# expect: Too many arguments for typing.List; actual 2, expected 1
# expect: Too few arguments for typing.Dict; actual 1, expected 2
# expect: Type List cannot be instantiated; use list() instead
# expect: typing.Optional requires a single type. Got (<class 'int'>, <class 'str'>).
# expect: Cannot take a Union of no types.
# expect: Any cannot be instantiated
