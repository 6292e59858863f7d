# What refviz's model of NumPy lacks is refused with a clear error (and
# `refviz run --engine auto` runs such a program on CPython instead).
import numpy as np

a = np.array([1, 2, 3])
print(a.sum())  # expect: 6
r = np.random.rand(3)  # expect-refviz-error: refviz: unsupported: numpy.random (refviz's model of NumPy lacks it) (unsupported.py:7)
