# Modules suggest from their namespace as it is when the traceback is
# printed: sys.last_type exists by then (python3 sets it for the uncaught
# exception), names refviz does not model count too, and names the program
# added to the module count as well.
import sys
import copy
sys.counter = 1
print(sys.getrefcount.__name__, copy.deepcopy.__name__)  # expect: getrefcount deepcopy
sys.last_typ  # expect-error: AttributeError: module 'sys' has no attribute 'last_typ'. Did you mean: 'last_type'?
