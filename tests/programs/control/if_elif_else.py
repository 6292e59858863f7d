# if/elif/else picks the first true branch.
for n in [-5, 0, 7, 100]:
    if n < 0:
        print(n, 'negative')  # expect: -5 negative
    elif n == 0:
        print(n, 'zero')  # expect: 0 zero
    elif n < 10:
        print(n, 'small')  # expect: 7 small
    else:
        print(n, 'large')  # expect: 100 large
