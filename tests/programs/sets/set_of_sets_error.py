inner = {1}
outer = {frozenset(inner)}
print(outer)  # expect: {frozenset({1})}
outer.add(inner)  # expect-error: TypeError: unhashable type: 'set'
