# An uncaught broadcasting error ends the program with NumPy's message.
import numpy as np

prices = np.array([1.5, 2.0, 3.25])
counts = np.array([2, 4])
print(prices * 2)  # expect: [3.  4.  6.5]
total = prices * counts  # expect-error: ValueError: operands could not be broadcast together with shapes (3,) (2,) 
print(total)
