# An error inside an f-string's replacement field is marked where the
# expression is in the line.
price = 3
label = f"price: {price * 2} euros"
print(label)  # expect: price: 6 euros
label = f"price: {price + ' euros'}"
# expect-error: TypeError: unsupported operand type(s) for +: 'int' and 'str'
