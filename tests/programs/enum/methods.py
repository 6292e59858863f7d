# An Enum class may have methods; members are its instances.
from enum import Enum

class Planet(Enum):
    MERCURY = (3.3e23, 2.44e6)
    EARTH = (5.97e24, 6.37e6)

    def gravity(self):
        mass, radius = self.value
        return 6.67e-11 * mass / radius ** 2

    def describe(self):
        return f'{self.name.title()} pulls {self.gravity():.1f} m/s2'

print(Planet.EARTH.describe())  # expect: Earth pulls 9.8 m/s2
print(Planet((3.3e23, 2.44e6)))  # expect: Planet.MERCURY
for p in Planet:
    print(p.name)
# expect: MERCURY
# expect: EARTH
