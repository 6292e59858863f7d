import copy
import sys
print(copy.copy([1]))  # expect: [1]
copy.copy(sys)  # expect-error: TypeError: cannot pickle 'module' object
