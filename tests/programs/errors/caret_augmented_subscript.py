# An augmented assignment reads its target where the target is: a missing
# key is marked as a subscript.
counts = {}
for word in ["a", "b", "a"]:
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts)  # expect: {'a': 2, 'b': 1}
counts["c"] += 1
# expect-error: KeyError: 'c'
