"""The text PEP 563 keeps is the expression unparsed, as ast.unparse
writes it: spacing and quotes normalised, parentheses only where needed."""
from __future__ import annotations

a: List[ int ]
b: "x"
c: (int, str)
d: Tuple[int,]
e: x.y.z
f: -1
g: (a + b) * c
h: a ** b ** c
i: (a ** b) ** c
j: not a
k: a and b or c
l: 1.5
m: {'k': [1, 2]}
n: f(1, k=2)
o: x[1:2]
p: x[::2, 0]
q: ...
r: None
s: a | b | (c | d)
for k_, v_ in __annotations__.items():
    print(k_, v_)
# expect: a List[int]
# expect: b 'x'
# expect: c (int, str)
# expect: d Tuple[int,]
# expect: e x.y.z
# expect: f -1
# expect: g (a + b) * c
# expect: h a ** b ** c
# expect: i (a ** b) ** c
# expect: j not a
# expect: k a and b or c
# expect: l 1.5
# expect: m {'k': [1, 2]}
# expect: n f(1, k=2)
# expect: o x[1:2]
# expect: p x[::2, 0]
# expect: q ...
# expect: r None
# expect: s a | b | (c | d)
