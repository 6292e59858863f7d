# Recursion through __getattr__ calling getattr(): RecursionError as in
# python3, whose message has no " while calling a Python object" here.
# hostile-exit: 1
# hostile-known: the model counts a recursion level with that suffix for every built-in call; CPython 3.11 reaches its limit entering the __getattr__ frame (no suffix)
# hostile-stderr: RecursionError: maximum recursion depth exceeded
class A:
    def __getattr__(self, n):
        return getattr(self, n)
A().x
