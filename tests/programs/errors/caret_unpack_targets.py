# An unpacking that fails marks its targets.
pairs = [(1, "one"), (2, "two"), (3, "three", "drei")]
for number, word in pairs:
    print(number, word)
# expect: 1 one
# expect: 2 two
# expect-error: ValueError: too many values to unpack (expected 2)
