# No suggestion when nothing in dir() is close enough: at most a third of
# the characters may change, counting a change of case as half a change.
# 'Append' would be close to 'append'; six changes of case are too many.
lst = [1]
print(lst.__class__.__name__, lst)  # expect: list [1]
lst.APPEND(2)  # expect-error: AttributeError: 'list' object has no attribute 'APPEND'
