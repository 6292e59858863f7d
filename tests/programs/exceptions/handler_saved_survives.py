import sys
try:
    [].pop()
except IndexError as e:
    saved = e
print(repr(saved), sys.getsizeof(saved))  # expect: IndexError('pop from empty list') 88
del saved
try:
    saved
except NameError as n:
    print(n)  # expect: name 'saved' is not defined
