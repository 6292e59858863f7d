import math
print(math.floor("3.5"))
# expect-error: TypeError: must be real number, not str
