import sys
sys.getrecursionlimit(1)  # expect-error: TypeError: sys.getrecursionlimit() takes no arguments (1 given)
