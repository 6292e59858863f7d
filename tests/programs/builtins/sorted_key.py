# sorted with key and reverse.
words = ['Banana', 'apple', 'Cherry']
print(sorted(words))  # expect: ['Banana', 'Cherry', 'apple']
print(sorted(words, key=str.lower))  # expect: ['apple', 'Banana', 'Cherry']
print(sorted(words, key=len, reverse=True))  # expect: ['Banana', 'Cherry', 'apple']
print(sorted([-5, 3, -1, 4], key=abs))  # expect: [-1, 3, 4, -5]
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))  # expect: [(1, 'z'), (2, 'a'), (2, 'b')]
print(sorted(''))  # expect: []
