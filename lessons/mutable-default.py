# title: Mutable default arguments
# summary: A default value is created once, when def runs, and shared by every call that does not pass the argument.


#: def evaluates the default [] once and keeps it in the function object as defaults[0].
def append_to(element, target=[]):  #@
    #: target is bound to the function's one default list, not to a new one.
    target.append(element)  #@
    return target


#: The first call appends to the default list.
first = append_to(1)  #@
#: The second call gets the same default list, which still holds 1.
second = append_to(2)  #@
print(first)  # expect: [1, 2]
print(first is second)  # expect: True
print(append_to.__defaults__)  # expect: ([1, 2],)


#: The idiom: default to None and make a new list inside each call.
def append_fresh(element, target=None):  #@
    if target is None:
        target = []
    target.append(element)  #@
    return target


#: Each call now makes its own list.
third = append_fresh(1)  #@
fourth = append_fresh(2)  #@
print(third, fourth)  # expect: [1] [2]
print(third is fourth)  # expect: False
