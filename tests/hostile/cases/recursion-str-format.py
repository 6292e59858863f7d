# str.format with a field that formats itself.
# hostile-exit: 1
# hostile-stderr: RecursionError: maximum recursion depth exceeded
class A:
    def __format__(self, spec):
        return format(self, spec)
print("{}".format(A()))
