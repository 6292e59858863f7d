# sys.exit raises SystemExit; its code is None, the one argument, or the
# arguments' tuple, and a handler can catch it like any exception.
import sys

try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)  # expect: None ()
try:
    sys.exit(4)
except SystemExit as e:
    print(e.code, e.args, repr(e))  # expect: 4 (4,) SystemExit(4)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)  # expect: (1, 2)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)  # expect: exit expected at most 1 argument, got 2
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))  # expect: False True
