# Unary minus, plus and invert.
x = 5
print(-x, +x, -(-x))  # expect: -5 5 5
print(~x)  # expect: -6
y = -2.5
print(-y, +y)  # expect: 2.5 -2.5
z = 0.0
print(-z)  # expect: -0.0
