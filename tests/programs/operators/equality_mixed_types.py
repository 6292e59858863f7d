# == between unrelated types is False, never an error.
print(1 == '1')  # expect: False
print(1 != '1')  # expect: True
print(None == 0)  # expect: False
print([] == ())  # expect: False
print({} == [])  # expect: False
print(0 == 0.0 == False)  # expect: True
print(1 == True)  # expect: True
print(2 == True)  # expect: False
