# An exception (or a strange result) in a special method: as python3.
# hostile-exit: 1
# hostile-stderr: ValueError: hash
class K:
    def __hash__(self):
        raise ValueError("hash")
s = {K()}
