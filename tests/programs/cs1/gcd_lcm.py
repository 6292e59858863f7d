# Euclid's algorithm, recursive and iterative, and lcm from gcd.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)

def lcm(a, b):
    return a * b // gcd(a, b)

pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (270, 192)]
for a, b in pairs:
    print(f"gcd({a}, {b}) = {gcd(a, b)}, lcm = {lcm(a, b) if a and b else 0}")
    assert gcd(a, b) == gcd_rec(a, b)
total = 1
for k in range(1, 11):
    total = lcm(total, k)
print("lcm of 1..10:", total)
# expect: gcd(48, 18) = 6, lcm = 144
# expect: gcd(17, 5) = 1, lcm = 85
# expect: gcd(100, 75) = 25, lcm = 300
# expect: gcd(0, 9) = 9, lcm = 0
# expect: gcd(270, 192) = 6, lcm = 8640
# expect: lcm of 1..10: 2520
