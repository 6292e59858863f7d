# deepcopy of a tuple is the tuple itself unless something inside must be copied.
import copy
ints = (1, 2, 3)
print(copy.deepcopy(ints) is ints)  # expect: True
nested = ((1, 2), ('a', 'b'))
print(copy.deepcopy(nested) is nested)  # expect: True
holder = (1, [2])
dup = copy.deepcopy(holder)
print(dup is holder, dup == holder)  # expect: False True
print(dup[1] is holder[1])  # expect: False
print(dup[0] is holder[0])  # expect: True
