# A lone generator expression argument needs no extra parentheses.
print(sum(x for x in range(5)))  # expect: 10
print(max((len(w) for w in ['a', 'abc']), default=0))  # expect: 3
print(sorted((x for x in 'cab'), reverse=True))  # expect: ['c', 'b', 'a']
print(dict((k, len(k)) for k in ['ab', 'c']))  # expect: {'ab': 2, 'c': 1}
