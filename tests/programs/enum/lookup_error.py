from enum import Enum

class Suit(Enum):
    HEARTS = 'H'
    SPADES = 'S'

print(Suit('H'))  # expect: Suit.HEARTS
Suit('X')  # expect-error: ValueError: 'X' is not a valid Suit
