# A misspelt method: the traceback's last line suggests the closest name of
# dir(lst) ("Did you mean"), but the exception's text has no suggestion, and
# getattr with a default and hasattr just answer.
lst = [3, 1]
print(getattr(lst, 'apend', 'no such method'))  # expect: no such method
print(hasattr(lst, 'apend'), hasattr(lst, 'append'))  # expect: False True
lst.apend(2)  # expect-error: AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?
