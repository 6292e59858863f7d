# for/else: else runs when the loop did not break.
for n in [2, 4, 6]:
    if n % 2:
        print('found odd', n)
        break
else:
    print('all even')  # expect: all even
for n in [2, 5, 6]:
    if n % 2:
        print('found odd', n)  # expect: found odd 5
        break
else:
    print('all even')
for n in []:
    pass
else:
    print('empty loop else')  # expect: empty loop else
