import sys
sys.setrecursionlimit(0)  # expect-error: ValueError: recursion limit must be greater or equal than 1
