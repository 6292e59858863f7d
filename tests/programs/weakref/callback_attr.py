import weakref
s = {1}
print(weakref.ref(s).__callback__)  # expect: None
r = weakref.ref(s, len)
print(r.__callback__)  # expect: <built-in function len>
print(r.__callback__ is len)  # expect: True
del r
