import math
print(math.isqrt(2.0))
# expect-error: TypeError: 'float' object cannot be interpreted as an integer
