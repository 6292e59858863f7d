for x in range(3)
    print(x)
# expect-error: SyntaxError: expected ':'
