import sys
sys.intern(1)  # expect-error: TypeError: intern() argument must be str, not int
