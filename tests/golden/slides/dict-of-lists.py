groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
fruits_a = groups["a"]
fruits_a.append("apricot")
print(groups["a"])
