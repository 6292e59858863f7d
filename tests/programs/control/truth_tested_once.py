# A test's truth is asked once per operand: `and`, `or`, `not` and a
# conditional expression in an if, while, assert or comprehension jump on
# each operand's truth instead of computing the expression's value and
# asking again (CPython's compiler_jump_if).
class Flag:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool", self.name)
        return self.value

off = Flag("off", False)
on = Flag("on", True)
if off and on:
    print("never")
# expect: bool off
if not off:
    print("not off")
# expect: bool off
# expect: not off
while off or off:
    pass
# expect: bool off
# expect: bool off
assert on or off
# expect: bool on
x = 1 if off and on else 2
# expect: bool off
print(x)  # expect: 2
kept = [f.name for f in [on, off] if f and f]
# expect: bool on
# expect: bool on
# expect: bool off
print(kept)  # expect: ['on']
y = off and on
# expect: bool off
print(y is off)  # expect: True
