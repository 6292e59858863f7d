# CPython's default recursion limit is 1000 frames, the module's included.
import sys
print(sys.getrecursionlimit())
depth = 0
def down():
    global depth
    depth += 1
    down()
down()
# expect: 1000
# expect-error: RecursionError: maximum recursion depth exceeded
