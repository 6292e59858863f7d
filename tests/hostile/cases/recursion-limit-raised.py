# sys.setrecursionlimit(10**6) and 100,000 calls deep.
# hostile-exit: 0
# hostile-stdout: 100000
# hostile-timeout: 60
import sys
sys.setrecursionlimit(10 ** 6)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(100000))
