# from math import ...: the same objects as the module's; a result is a
# new object each time, drawn like any float or int.
import math
from math import sqrt, pi, floor as fl
print(sqrt is math.sqrt, pi is math.pi, fl is math.floor)  # expect: True True True
root = sqrt(pi)
again = sqrt(pi)
print(root, root == again, root is again)  # expect: 1.7724538509055159 True False
whole = fl(root * 1000)
print(whole, type(whole).__name__)  # expect: 1772 int
squares = [sqrt(n) for n in range(5)]
print(squares)  # expect: [0.0, 1.0, 1.4142135623730951, 1.7320508075688772, 2.0]
del squares
print(math.__name__)  # expect: math
