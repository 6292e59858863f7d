# A call written over several lines is marked on its first line only,
# from its start to the end of that line.
def ratio(part, whole):
    return part / whole

print(ratio(1, 4))  # expect: 0.25
value = ratio(3,
              0)
# expect-error: ZeroDivisionError: division by zero
