lst = [3, 1, 2]
lst = lst.sort()
print(lst)  # expect: None
lst.append(4)  # expect-error: AttributeError: 'NoneType' object has no attribute 'append'
