print(max([0]))  # expect: 0
print(max([]))  # expect-error: ValueError: max() arg is an empty sequence
