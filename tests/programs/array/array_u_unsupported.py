# The deprecated 'u' typecode is not modelled.
from array import array
array('u')  # expect-refviz-error: refviz: unsupported: array typecode 'u' (deprecated) (array_u_unsupported.py:3)
