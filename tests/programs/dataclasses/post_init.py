# __post_init__ runs at the end of the generated __init__ (its frame is
# the program's); field(init=False) is set there, not passed.
from dataclasses import dataclass, field

@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False, repr=False)
    log: list = field(default_factory=list, init=False)

    def __post_init__(self):
        self.area = self.width * self.height
        self.log.append('made')

r = Rect(2.0, 3.0)
print(r, r.area, r.log)  # expect: Rect(width=2.0, height=3.0, log=['made']) 6.0 ['made']
try:
    Rect(1, 2, 3)
except TypeError as e:
    print(e)  # expect: Rect.__init__() takes 3 positional arguments but 4 were given
