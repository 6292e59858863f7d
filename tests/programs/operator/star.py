# from operator import * binds operator.__all__ in its order: the
# functions and the three callable types.
from operator import *

print(type(add).__name__, type(itemgetter).__name__, attrgetter)  # expect: builtin_function_or_method type <class 'operator.attrgetter'>
