class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f'balance {balance} < {amount}')
        self.balance = balance
        self.amount = amount
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
for amount in (5, 50):
    try:
        print(withdraw(10, amount))
    except BankError as e:
        print('refused:', e, e.amount, type(e).__name__, isinstance(e, Exception))
try:
    withdraw(1, 2)
except InsufficientFunds as e:
    print(e.args)
raise InsufficientFunds(0, 1) from None
# expect: 5
# expect: refused: balance 10 < 50 50 InsufficientFunds True
# expect: ('balance 1 < 2',)
# expect-error: InsufficientFunds: balance 0 < 1
