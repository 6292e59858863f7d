# hex, oct and bin return prefixed strings.
print(hex(255), hex(-255), hex(0))  # expect: 0xff -0xff 0x0
print(oct(8), oct(-8))  # expect: 0o10 -0o10
print(bin(5), bin(-5), bin(0))  # expect: 0b101 -0b101 0b0
print(hex(2 ** 64))  # expect: 0x10000000000000000
print(int(hex(1000), 16))  # expect: 1000
print(0xff, 0o17, 0b11, 1_000_000)  # expect: 255 15 3 1000000
