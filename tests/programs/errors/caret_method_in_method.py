# A method call is marked from its object to its closing parenthesis, in
# the caller as in the callee.
class Cart:
    def __init__(self):
        self.items = []

    def add(self, name, price):
        self.items.append((name, price))

    def total(self):
        return sum(price for _, price in self.items) / len(self.items)

cart = Cart()
print(cart.total() if cart.items else "empty")  # expect: empty
cart.add("pen", 2)
print("average", cart.total())  # expect: average 2.0
cart.items.clear()
print("average", cart.total())
# expect-error: ZeroDivisionError: division by zero
