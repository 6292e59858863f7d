# A built-in type's __module__, __mro__, __bases__ and __base__, as a
# program class has them.
import collections
print(list.__module__, dict.__mro__, bool.__bases__, int.__base__)
print(collections.deque.__module__, collections.Counter.__module__, collections.Counter.__mro__)
print(object.__bases__, object.__base__, object.__mro__)
class Stack(list):
    pass
print(Stack.__mro__, Stack.__base__.__module__)
# expect: builtins (<class 'dict'>, <class 'object'>) (<class 'int'>,) <class 'object'>
# expect: collections collections (<class 'collections.Counter'>, <class 'dict'>, <class 'object'>)
# expect: () None (<class 'object'>,)
# expect: (<class '__main__.Stack'>, <class 'list'>, <class 'object'>) builtins
