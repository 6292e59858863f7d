# A class with __slots__ keeps a member_descriptor per slot in its
# namespace (sorted by name); the class's refs list them.
import sys
class P:
    __slots__ = ('y', 'x')
print(type(P.x).__name__, P.x, P.y)  # expect: member_descriptor <member 'x' of 'P' objects> <member 'y' of 'P' objects>
print([k for k in P.__dict__ if k in ('x', 'y')], sys.getsizeof(P.x))  # expect: ['x', 'y'] 64
q = P()
q.x = 1
print(q.x, hasattr(q, 'y'))  # expect: 1 False
