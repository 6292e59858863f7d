# Converting big ints to and from strings.
n = 2 ** 200
s = str(n)
print(s)  # expect: 1606938044258990275541962092341162602522202993782792835301376
print(len(s))  # expect: 61
print(int(s) == n)  # expect: True
print(int('-' + s) == -n)  # expect: True
print(int('9' * 40) + 1 == 10 ** 40)  # expect: True
