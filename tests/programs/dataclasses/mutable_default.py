from dataclasses import dataclass

@dataclass
class Bag:
    items: list = []  # expect-error: ValueError: mutable default <class 'list'> for field items is not allowed: use default_factory
