# A misspelt method of a Random instance.
import random

r = random.Random(3)
r.shufle([1, 2])
# expect-error: AttributeError: 'Random' object has no attribute 'shufle'. Did you mean: 'shuffle'?
