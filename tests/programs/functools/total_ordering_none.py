# total_ordering needs at least one ordering method.
from functools import total_ordering
class Plain:
    pass
total_ordering(Plain)  # expect-error: ValueError: must define at least one ordering operation: < > <= >=
