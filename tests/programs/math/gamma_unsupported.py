# math.gamma and math.lgamma exist (CPython computes them with its own
# approximation, which refviz does not reproduce), but calling one is
# refused.
import math
print(math.gamma)  # expect: <built-in function gamma>
print(math.gamma(5))
# expect-refviz-error: refviz: unsupported: math.gamma() (refviz does not model it) (gamma_unsupported.py:6)
