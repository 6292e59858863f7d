# A global declaration after the name was assigned is a compile-time error;
# nothing runs, not even the first print.
print("never printed")
counter = 1
global counter
# expect-error: SyntaxError: name 'counter' is assigned to before global declaration
