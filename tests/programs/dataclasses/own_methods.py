# Methods the class defines itself are kept: @dataclass only adds the
# ones it lacks.
from dataclasses import dataclass

@dataclass
class Money:
    cents: int

    def __repr__(self):
        return f'${self.cents / 100:.2f}'

    def double(self):
        return Money(self.cents * 2)

m = Money(150)
print(m, m.double(), m == Money(150))  # expect: $1.50 $3.00 True
