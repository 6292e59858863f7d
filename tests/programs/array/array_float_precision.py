# 'f' keeps a C float, 'd' a double.
from array import array
print(array('f', [0.1]), array('d', [0.1]))  # expect: array('f', [0.10000000149011612]) array('d', [0.1])
print(array('f', [1e300]), array('d', [1, True]))  # expect: array('f', [inf]) array('d', [1.0, 1.0])
