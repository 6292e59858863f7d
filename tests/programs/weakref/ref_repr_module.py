# A module has __name__ in its namespace only: no name in the repr.
import weakref, sys
r = weakref.ref(sys)
print(repr(r).endswith('>'), '(sys)' in repr(r), "to 'module'" in repr(r))  # expect: True False True
