import gc
c = gc.get_count()
print(type(c), len(c), [type(n) for n in c])  # expect: <class 'tuple'> 3 [<class 'int'>, <class 'int'>, <class 'int'>]
