# + and * build new sequences.
a = [1, 2]
b = [3]
c = a + b
print(c, c is a)  # expect: [1, 2, 3] False
print(a * 2, a)  # expect: [1, 2, 1, 2] [1, 2]
print((1,) + (2, 3))  # expect: (1, 2, 3)
print('ab' + 'cd')  # expect: abcd
print([] + [] == [])  # expect: True
