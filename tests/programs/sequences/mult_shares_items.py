# Repetition copies references, not objects.
inner = [1]
lst = [inner, 'a'] * 2
print(lst)  # expect: [[1], 'a', [1], 'a']
print(lst[0] is inner, lst[2] is inner)  # expect: True True
inner.append(2)
print(lst)  # expect: [[1, 2], 'a', [1, 2], 'a']
t = ([],) * 2
print(t[0] is t[1])  # expect: True
