# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 1
# hostile-stderr: ValueError: eq
class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ValueError("eq")
d = {K(): 1}
d[K()] = 2
