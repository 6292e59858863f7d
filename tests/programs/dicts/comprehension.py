# Dict comprehensions.
squares = {n: n * n for n in range(5)}
print(squares)  # expect: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverted)  # expect: {1: 'a', 2: 'b'}
evens = {n: 'even' for n in range(6) if n % 2 == 0}
print(evens)  # expect: {0: 'even', 2: 'even', 4: 'even'}
last_wins = {len(w): w for w in ['a', 'bb', 'c']}
print(last_wins)  # expect: {1: 'c', 2: 'bb'}
