# bool is a subclass of int.
print(True + True)  # expect: 2
print(True * 10, False - 1)  # expect: 10 -1
print(True / 2)  # expect: 0.5
print(sum([True, False, True]))  # expect: 2
print(isinstance(True, int))  # expect: True
print(True == 1, False == 0)  # expect: True True
print(int(True), str(True), repr(False))  # expect: 1 True False
print(bool(0), bool(-1), bool(0.0), bool('0'))  # expect: False True False True
print(type(True + 1))  # expect: <class 'int'>
