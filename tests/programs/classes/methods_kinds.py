class Temp:
    unit = 'C'
    def __init__(self, degrees):
        self._degrees = degrees
    @property
    def degrees(self):
        return self._degrees
    @degrees.setter
    def degrees(self, value):
        if value < -273:
            raise ValueError('too cold')
        self._degrees = value
    @classmethod
    def freezing(cls):
        return cls(0)
    @staticmethod
    def to_f(c):
        return c * 9 / 5 + 32
t = Temp.freezing()
t.degrees = 25
print(t.degrees, Temp.to_f(t.degrees), t.to_f(100), Temp.unit)
print(type(Temp.__dict__['freezing']).__name__)
m = t.to_f
print(m(0))
# expect: 25 77.0 212.0 C
# expect: classmethod
# expect: 32.0
