# pop removes and returns an item (the last by default).
lst = [10, 20, 30, 40]
print(lst.pop())  # expect: 40
print(lst.pop(0))  # expect: 10
print(lst.pop(-1))  # expect: 30
print(lst)  # expect: [20]
inner = [1]
holder = [inner]
print(holder.pop() is inner)  # expect: True
