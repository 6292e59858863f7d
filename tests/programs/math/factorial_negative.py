import math
print(math.factorial(-3))
# expect-error: ValueError: factorial() not defined for negative values
