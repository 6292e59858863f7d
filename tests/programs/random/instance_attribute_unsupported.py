# A Random instance keeps its attributes in a __dict__ in CPython; refviz's
# has gauss_next only, and refuses to set others.
import random

r = random.Random(1)
r.gauss_next = 0.5
print(r.gauss(), r.gauss_next)  # expect: 0.5 None
r.label = "dice"
# expect-refviz-error: refviz: unsupported: setting the attribute 'label' of a random.Random (instance_attribute_unsupported.py:8)
