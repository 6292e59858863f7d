# auto() numbers members from 1 (one more than the last value); a value
# given twice makes an alias of the first member.
from enum import Enum, auto

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = 10
    THU = auto()
    LUNDI = 1

print(list(Weekday))  # expect: [<Weekday.MON: 1>, <Weekday.TUE: 2>, <Weekday.WED: 10>, <Weekday.THU: 11>]
print(Weekday.LUNDI, Weekday.LUNDI is Weekday.MON)  # expect: Weekday.MON True
print(Weekday(11).name, len(Weekday))  # expect: THU 4
