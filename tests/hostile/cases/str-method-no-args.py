# A str method called with no arguments at all (a defaultdict's str()
# factory): its keyword unpacking computed NULL + 0, undefined behaviour
# (UBSan; found by fuzz/ on tests/programs/collections).
# hostile-exit: 0
# hostile-stdout: !
from collections import defaultdict
print(defaultdict(str)['k'] + '!')
