print(chr(65))  # expect: A
chr(-1)  # expect-error: ValueError: chr() arg not in range(0x110000)
