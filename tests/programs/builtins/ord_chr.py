# ord and chr convert between characters and code points.
print(ord('a'), ord('A'), ord('0'))  # expect: 97 65 48
print(chr(97), chr(8364), chr(0x1F600))  # expect: a € 😀
print(ord('€'), ord('é'))  # expect: 8364 233
print(chr(ord('a') + 1))  # expect: b
print(''.join(chr(c) for c in range(65, 70)))  # expect: ABCDE
