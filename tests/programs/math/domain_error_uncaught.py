# An uncaught math error ends the program as in python3.
import math
side = -4
print(math.sqrt(16))  # expect: 4.0
print(math.sqrt(side))
# expect-error: ValueError: math domain error
