import sys
sys.setrecursionlimit(1)  # expect-error: RecursionError: cannot set the recursion limit to 1 at the recursion depth 2: the limit is too low
