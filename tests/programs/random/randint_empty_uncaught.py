# An empty range is a ValueError naming start, stop and width.
import random

random.seed(1)
print(random.randint(1, 6))  # expect: 2
random.randint(6, 1)
# expect-error: ValueError: empty range for randrange() (6, 2, -4)
