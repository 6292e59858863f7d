import sys
sys.setrecursionlimit(limit=5)  # expect-error: TypeError: sys.setrecursionlimit() takes no keyword arguments
