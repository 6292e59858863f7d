# Tuple displays and reprs.
print(())  # expect: ()
print((1,))  # expect: (1,)
x = (1)
print(x, type(x))  # expect: 1 <class 'int'>
t = 1, 2
print(t)  # expect: (1, 2)
print(((1, 2), ('a',), []))  # expect: ((1, 2), ('a',), [])
print(tuple('ab'))  # expect: ('a', 'b')
