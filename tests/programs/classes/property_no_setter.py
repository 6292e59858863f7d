class C:
    @property
    def x(self):
        return 1
c = C()
print(c.x)
c.x = 2
# expect: 1
# expect-error: AttributeError: property 'x' of 'C' object has no setter
