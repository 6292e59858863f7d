import sys
sys.setrecursionlimit(2 ** 70)  # expect-error: OverflowError: Python int too large to convert to C int
