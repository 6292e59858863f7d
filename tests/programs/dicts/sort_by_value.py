# Sorting a dict's items by value with a key from the dict itself.
scores = {'bob': 72, 'amy': 95, 'cal': 88}
print(sorted(scores, key=scores.get))  # expect: ['bob', 'cal', 'amy']
print(max(scores, key=scores.get))  # expect: amy
print(sorted(scores.items()))  # expect: [('amy', 95), ('bob', 72), ('cal', 88)]
print(sorted(scores.values(), reverse=True))  # expect: [95, 88, 72]
