# choice of an empty sequence.
import random

random.seed(1)
items = []
print(random.choice("ab"))  # expect: a
random.choice(items)
# expect-error: IndexError: Cannot choose from an empty sequence
