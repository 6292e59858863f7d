# and/or return one of their operands, not necessarily a bool.
print(0 or 'x')  # expect: x
print('' and 5)  # expect:
print(3 and 4)  # expect: 4
print(3 or 4)  # expect: 3
print(None or 0)  # expect: 0
print([] or [1])  # expect: [1]
print(0 and 1 / 0)  # expect: 0
a = []
b = [1]
print((a or b) is b)  # expect: True
print((a and b) is a)  # expect: True
print(not [], not [0])  # expect: True False
print(type(not 5))  # expect: <class 'bool'>
