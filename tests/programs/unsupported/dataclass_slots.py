# dataclass(slots=True) makes a new class with __slots__: not modelled.
from dataclasses import dataclass

@dataclass(slots=True)
class P:
    x: int
# expect-refviz-error: refviz: unsupported: dataclass(slots=True) (dataclass_slots.py:4)
