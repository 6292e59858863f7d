# len counts code points.
print(len('hello'))  # expect: 5
print(len('héllo'))  # expect: 5
print(len('€'))  # expect: 1
print(len('日本語'))  # expect: 3
print(len('😀'))  # expect: 1
print(len(''))  # expect: 0
print('日本語'[1])  # expect: 本
print('a😀b'[::-1])  # expect: b😀a
