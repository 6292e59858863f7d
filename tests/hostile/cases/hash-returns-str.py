# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 1
# hostile-stderr: TypeError: __hash__ method should return an integer
class K:
    def __hash__(self):
        return "x"
hash(K())
