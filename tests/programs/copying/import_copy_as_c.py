# import copy as c; the module object is shared.
import copy as c
import copy
print(c is copy)  # expect: True
x = {1: [2]}
y = c.deepcopy(x)
print(y, y[1] is x[1])  # expect: {1: [2]} False
