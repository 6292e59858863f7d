# An uncaught SystemExit whose code is not an int or None: python3 prints
# it on stderr (no traceback) and exits with status 1.
import sys

data = [1, 2]
print("checking")  # expect: checking
if len(data) < 3:
    sys.exit("need three items")  # expect-error: need three items
print("never")
