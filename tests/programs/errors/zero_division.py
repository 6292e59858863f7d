count = 0
average = 10 / count  # expect-error: ZeroDivisionError: division by zero
