# IntEnum's members are ints, and the model has no int subclasses.
from enum import IntEnum
# expect-refviz-error: refviz: unsupported: enum.IntEnum (enum_intenum.py:2)
