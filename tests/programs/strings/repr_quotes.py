# repr picks quotes to avoid escaping when it can.
print(repr('plain'))  # expect: 'plain'
print(repr("it's"))  # expect: "it's"
print(repr('say "hi"'))  # expect: 'say "hi"'
print(repr('both \' and "'))  # expect: 'both \' and "'
print(repr('back\\slash'))  # expect: 'back\\slash'
print(["it's", 'a'])  # expect: ["it's", 'a']
print(len('back\\slash'))  # expect: 10
