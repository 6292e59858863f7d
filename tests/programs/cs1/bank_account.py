# A bank account class with a custom exception and a savings subclass.
class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))

alice = Account("Alice", 100)
bob = Savings("Bob")
alice.deposit(50)
try:
    alice.withdraw(500)
except InsufficientFunds as e:
    print("refused:", e)
try:
    bob.deposit(-5)
except ValueError as e:
    print("refused:", e)
bob.deposit(200)
bob.add_interest()
alice.withdraw(30)
print(alice, bob)
print(alice.history)
print(bob.history)
print(isinstance(bob, Account), Account.interest, bob.interest)
# expect: refused: Alice has only 150
# expect: refused: deposit must be positive
# expect: Account('Alice', 120) Account('Bob', 210.0)
# expect: [('deposit', 50), ('withdraw', 30)]
# expect: [('deposit', 200), ('deposit', 10.0)]
# expect: True 0.0 0.05
