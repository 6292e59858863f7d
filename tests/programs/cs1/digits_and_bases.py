# Number conversions by hand: binary, digit sums, Armstrong numbers.
def to_base(n, b):
    if n == 0:
        return "0"
    digits = "0123456789ABCDEF"
    out = []
    while n > 0:
        n, r = divmod(n, b)
        out.append(digits[r])
    return "".join(reversed(out))

for n in [0, 5, 255, 1000]:
    print(n, to_base(n, 2), to_base(n, 16), bin(n), hex(n), int(to_base(n, 2), 2))

def digit_sum(n):
    total = 0
    while n:
        total += n % 10
        n //= 10
    return total

print(digit_sum(98765))
armstrong = [n for n in range(1, 1000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(armstrong)
# expect: 0 0 0 0b0 0x0 0
# expect: 5 101 5 0b101 0x5 5
# expect: 255 11111111 FF 0b11111111 0xff 255
# expect: 1000 1111101000 3E8 0b1111101000 0x3e8 1000
# expect: 35
# expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 153, 370, 371, 407]
