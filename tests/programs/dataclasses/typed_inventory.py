# A dataclass with typing annotations and an Enum field: the annotations
# are typing's objects, the enum member is shared by every item.
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import List, Optional

class Kind(Enum):
    BOOK = auto()
    TOOL = auto()

@dataclass(order=True)
class Item:
    name: str
    kind: Kind = Kind.BOOK
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None

shelf = [Item('saw', Kind.TOOL), Item('atlas')]
shelf[1].tags.append('maps')
print(shelf[1])  # expect: Item(name='atlas', kind=<Kind.BOOK: 1>, tags=['maps'], note=None)
print(sorted(shelf)[0].name, shelf[0].kind is Kind.TOOL)  # expect: atlas True
print(Item.__annotations__['tags'], Item.__annotations__['note'])  # expect: typing.List[str] typing.Optional[str]
