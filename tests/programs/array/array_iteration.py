# Iterating gives int or float objects made on the fly.
from array import array
a = array('f', [0.5, 1.25])
for x in a:
    print(x, type(x).__name__)  # expect: 0.5 float
# expect: 1.25 float
print(list(array('B', [1, 2])), sum(array('i', [1, 2, 3])), 2 in array('i', [1, 2]))  # expect: [1, 2] 6 True
