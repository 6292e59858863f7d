# A formatted conversion table with while loops and string formatting.
def c_to_f(c):
    return c * 9 / 5 + 32

c = -10
print(f"{'C':>5} {'F':>7}")
while c <= 40:
    print(f"{c:>5} {c_to_f(c):>7.1f}")
    c += 10
readings = [21.5, 23.0, 19.25, 25.75]
print("avg: %.2f, max: %s, min: %s" % (sum(readings) / len(readings), max(readings), min(readings)))
print("{:.3e}".format(c_to_f(1000000)))
# expect:     C       F
# expect:   -10    14.0
# expect:     0    32.0
# expect:    10    50.0
# expect:    20    68.0
# expect:    30    86.0
# expect:    40   104.0
# expect: avg: 22.38, max: 25.75, min: 19.25
# expect: 1.800e+06
