# A failing assert whose test is a comparison points at the comparison
# (CPython 3.11 leaves the comparison's position current after testing
# it); one whose test is a plain name spans the whole line and gets no
# marks.
def withdraw(balance, amount):
    balance -= amount
    assert balance >= 0, f"overdrawn by {-balance}"
    return balance

print(withdraw(10, 3))  # expect: 7
print(withdraw(10, 12))
# expect-error: AssertionError: overdrawn by 2
