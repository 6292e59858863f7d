# title: Function arguments
# summary: A call binds each parameter to the caller's object: mutating it shows outside, rebinding it does not.


#: Each call of add_item makes a new frame whose parameters refer to the objects the caller passed.
def add_item(items, item):  #@
    #: items is a second name for the caller's list: append changes that one list.
    items.append(item)  #@
    return items


#: replace_items's frame also starts with items referring to the caller's list.
def replace_items(items):  #@
    #: Assignment only rebinds the local name items to a new list; the caller's list is untouched.
    items = ["fresh"]  #@
    #: The function returns its new list; the caller's name still refers to the old one.
    return items  #@


#: shopping refers to a list with one item.
shopping = ["milk"]  #@
#: The call binds the parameter items to the same list shopping refers to: no copy is made.
same = add_item(shopping, "eggs")  #@
print(shopping)  # expect: ['milk', 'eggs']
print(same is shopping)  # expect: True
#: replace_items gets the same list, but rebinding its parameter cannot reach the caller's name.
other = replace_items(shopping)  #@
print(shopping)  # expect: ['milk', 'eggs']
print(other)  # expect: ['fresh']
