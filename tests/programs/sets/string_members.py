# String members: print sorted, since string hashes vary between runs.
s = {'pear', 'apple', 'fig'}
s.add('kiwi')
s.discard('pear')
print(sorted(s))  # expect: ['apple', 'fig', 'kiwi']
print(len(s), 'fig' in s)  # expect: 3 True
print(sorted(s | {'lime'}))  # expect: ['apple', 'fig', 'kiwi', 'lime']
