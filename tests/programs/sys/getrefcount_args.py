import sys
sys.getrefcount()  # expect-error: TypeError: sys.getrefcount() takes exactly one argument (0 given)
