# With `from __future__ import annotations` (PEP 563) annotations are
# strings, the expression's text, and are never evaluated.
from __future__ import annotations

count: int = 0
items: list[Missing]

class Node:
    value: int
    next: Node | None = None

    def link(self, other: Node) -> Node:
        self.next = other
        return other

def f(a: dict[str, list[int]], b: 'Node' = None, *args: tuple[int, ...], **kw: Callable[[int], str]) -> Optional[int]:
    return None

print(__annotations__)  # expect: {'count': 'int', 'items': 'list[Missing]'}
print(Node.__annotations__)  # expect: {'value': 'int', 'next': 'Node | None'}
print(Node.link.__annotations__)  # expect: {'other': 'Node', 'return': 'Node'}
print(f.__annotations__)  # expect: {'a': 'dict[str, list[int]]', 'b': "'Node'", 'args': 'tuple[int, ...]', 'kw': 'Callable[[int], str]', 'return': 'Optional[int]'}
print(annotations)  # expect: _Feature((3, 7, 0, 'beta', 1), None, 16777216)
n = Node()
print(n.link(Node()) is n.next)  # expect: True
