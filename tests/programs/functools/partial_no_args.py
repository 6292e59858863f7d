# partial needs at least one argument.
from functools import partial
partial()  # expect-error: TypeError: type 'partial' takes at least one argument
