# Errors from instances of container subclasses are the built-in type's,
# naming the class where CPython does.


class Stack(list):
    pass


class Frozen(frozenset):
    pass


class Bag(set):
    pass


class Slotted(list):
    __slots__ = ()


class Name(str):
    pass


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: Stack(1, 2))  # expect: TypeError list expected at most 1 argument, got 2
attempt(lambda: Stack(a=1))  # expect: TypeError list() takes no keyword arguments
attempt(lambda: Stack(5))  # expect: TypeError 'int' object is not iterable
attempt(lambda: hash(Stack()))  # expect: TypeError unhashable type: 'Stack'
attempt(lambda: Stack().pop())  # expect: IndexError pop from empty list
attempt(lambda: Stack([1]) + (2,))  # expect: TypeError can only concatenate list (not "tuple") to list
attempt(lambda: Frozen(1, 2))  # expect: TypeError Frozen expected at most 1 argument, got 2
attempt(lambda: Frozen(a=1))  # expect: TypeError frozenset() takes no keyword arguments
attempt(lambda: Bag(1, 2))  # expect: TypeError Bag expected at most 1 argument, got 2
attempt(lambda: Bag(a=1))  # expect: TypeError set() takes no keyword arguments
attempt(lambda: Bag().remove(3))  # expect: KeyError 3
attempt(lambda: setattr(Slotted(), 'x', 1))  # expect: AttributeError 'Slotted' object has no attribute 'x'
attempt(lambda: Name('a').missing)  # expect: AttributeError 'Name' object has no attribute 'missing'
attempt(lambda: Name(x=1))  # expect: TypeError 'x' is an invalid keyword argument for str()
attempt(lambda: Name('a') + 1)  # expect: TypeError can only concatenate str (not "int") to str
attempt(lambda: Stack.missing)  # expect: AttributeError type object 'Stack' has no attribute 'missing'
attempt(lambda: super(Stack, Stack()).missing)  # expect: AttributeError 'super' object has no attribute 'missing'
attempt(lambda: delattr(Stack(), 'nothing'))  # expect: AttributeError 'Stack' object has no attribute 'nothing'


class Queue(list):
    def get(self):
        return self.pop(0)


q = Queue(['job'])
print(q.get(), q)  # expect: job []
q.get()  # expect-error: IndexError: pop from empty list
