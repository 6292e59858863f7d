import sys
sys.setrecursionlimit(1.5)  # expect-error: TypeError: 'float' object cannot be interpreted as an integer
