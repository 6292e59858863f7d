import math
x = 710
print(math.exp(x))
# expect-error: OverflowError: math range error
