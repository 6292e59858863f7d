import math
print(math.sqrt(4, 2))
# expect-error: TypeError: math.sqrt() takes exactly one argument (2 given)
