# A class whose __index__ works, then raises, then returns a str: every
# subscript, slice, repeat, range and hex/bin/oct/chr call goes through it
# and passes on what it raised, as CPython does.
# hostile-exit: 0
# hostile-stdout: 2 b 1 2 [2, 3] ab ab [1] (1,) 0x1 0b1 0o1 [0] [1, 5] [1] 98 bc [1] 2 2
# hostile-stdout: ValueError x 13
# hostile-stdout: TypeError __index__ returned non-int (type str) 13
# hostile-stdout: IndexError cannot fit 'A' into an index-sized integer
class A:
    how = 1
    def __index__(self):
        if A.how == 1:
            return 1
        if A.how == 2:
            raise ValueError("x")
        return "s"
x, y = [1, 2], [1, 2]
x[A()] = 5
del y[A()]
print([1, 2][A()], "ab"[A()], range(5)[A()], (1, 2)[A()], [1, 2, 3][A():], "ab" * A(),
      A() * "ab", [1] * A(), (1,) * A(), hex(A()), bin(A()), oct(A()), list(range(A())), x, y,
      b"ab"[A()], "abc"[A():], [1, 2, 3].pop(A()) and [1],
      [1, 2][slice(A(), None)][0], bytearray(b"ab")[A()] - 96)
tests = [lambda: [1][A()], lambda: "a"[A():], lambda: "a" * A(), lambda: [1] * A(),
         lambda: (1,) * A(), lambda: range(5)[A()], lambda: range(A()), lambda: hex(A()),
         lambda: chr(A()), lambda: [1].pop(A()), lambda: [1].insert(A(), 0),
         lambda: b"a"[A()], lambda: [1, 2][A():A()]]
for how in 2, 3:
    A.how = how
    seen = set()
    for t in tests:
        try:
            t()
        except Exception as e:
            seen.add((type(e).__name__, str(e)))
    for name, msg in seen:
        print(name, msg, len(seen) * len(tests))
class Big:
    def __index__(self):
        return 10 ** 30
try:
    [1][Big()]
except IndexError as e:
    print("IndexError", str(e).replace("Big", "A"))
