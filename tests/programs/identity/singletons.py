# None, True and False are singletons.
x = None
print(x is None)  # expect: True
print(type(None)() is None)  # expect: True
print(bool(1) is True, bool([]) is False)  # expect: True True
print((1 == 1) is True)  # expect: True
print(not None is True)  # expect: True
results = [print('') is None]  # expect:
print(results)  # expect: [True]
lst = [].append(1)
print(lst is None)  # expect: True
