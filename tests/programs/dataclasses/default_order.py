from dataclasses import dataclass

@dataclass
class Pair:
    first: int = 0
    second: int  # expect-error: TypeError: non-default argument 'second' follows default argument
