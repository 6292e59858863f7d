class Recurse:
    def __call__(self, n):
        return n if n == 0 else self(n - 1)
r = Recurse()
print(r(400))
r(800)
# expect: 0
# expect-error: RecursionError: maximum recursion depth exceeded
