# getattr and hasattr on built-in objects.
lst = [3, 1]
print(hasattr(lst, 'append'), hasattr(lst, 'foo'))  # expect: True False
print(getattr(lst, 'foo', 'default'))  # expect: default
getattr(lst, 'append')(2)
print(lst)  # expect: [3, 1, 2]
method = lst.sort
method()
print(lst)  # expect: [1, 2, 3]
print(hasattr('s', 'upper'), hasattr(5, 'upper'))  # expect: True False
getattr(lst, 'foo')  # expect-error: AttributeError: 'list' object has no attribute 'foo'
