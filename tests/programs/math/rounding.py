# floor, ceil and trunc return ints, exact for floats of any size; an int
# is its own floor (the same object); a class's __floor__, __ceil__ and
# __trunc__ are called, and __float__ / __index__ serve the float functions.
import math
import sys

print(math.floor(2.5), math.ceil(2.5), math.trunc(2.5))  # expect: 2 3 2
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))  # expect: -3 -2 -2
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.0))  # expect: -1 0 0
f = math.floor(1e300)
print(f == 10 ** 300, f)  # expect: False 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
print(sys.getsizeof(f), sys.getsizeof(math.floor(3.7)))  # expect: 160 28
print(math.ceil(2 ** 70), math.floor(True), math.trunc(False), type(math.floor(True)).__name__)  # expect: 1180591620717411303424 1 0 int
big = 2 ** 100
print(math.floor(big) is big, math.ceil(big) is big, math.trunc(big) is big)  # expect: True True True
n = 10 ** 6
print(math.floor(n) is n)  # expect: True


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return "trunc!"

    def __float__(self):
        return self.cents / 100


m = Money(1250)
print(math.floor(m), math.ceil(m), math.trunc(m))  # expect: 12 13 trunc!
print(math.sqrt(m), math.isclose(m, 12.5), math.fsum([m, m]))  # expect: 3.5355339059327378 True 25.0


class Three:
    def __index__(self):
        return 3


t = Three()
print(math.sqrt(t), math.factorial(t), math.gcd(t, 12), math.floor(t))  # expect: 1.7320508075688772 6 3 3
print(math.comb(t, 2), math.perm(t), math.isqrt(t), math.ldexp(1.0, 3))  # expect: 3 6 1 8.0
