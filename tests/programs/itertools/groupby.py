# groupby gives (key, group) pairs; a group is a _grouper that reads from
# the groupby itself, so it gives nothing once the groupby has moved on.
import itertools
import sys

data = 'aaabccdd'
print([(k, ''.join(g)) for k, g in itertools.groupby(data)])  # expect: [('a', 'aaa'), ('b', 'b'), ('c', 'cc'), ('d', 'dd')]

groups = itertools.groupby([1, 3, 2, 4, 5, 7], key=lambda n: n % 2)
print(type(groups).__name__, sys.getsizeof(groups))  # expect: groupby 80
key, first = next(groups)
print(key, type(first).__name__, sys.getsizeof(first))  # expect: 1 _grouper 48
print(next(first))  # expect: 1
key2, second = next(groups)
print(key2, list(first), list(second))  # expect: 0 [] [2, 4]
rest = [(k, list(g)) for k, g in groups]
print(rest)  # expect: [(1, [5, 7])]

# Materialising the pairs first leaves no group readable: list() asked
# the groupby for one more pair, which invalidated the last group too.
pairs = list(itertools.groupby('aabbb'))
print([(k, list(g)) for k, g in pairs])  # expect: [('a', []), ('b', [])]


def initial(word):
    print('  key of', word)
    return word[0]


for letter, words in itertools.groupby(['ant', 'ape', 'bee'], initial):
    print(letter, list(words))
# expect:   key of ant
# expect:   key of ape
# expect:   key of bee
# expect: a ['ant', 'ape']
# expect: b ['bee']
