# Word frequencies with a plain dict, then sorted by count.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away
a quick dog is a happy dog"""

counts = {}
for line in text.split("\n"):
    for word in line.lower().split():
        counts[word] = counts.get(word, 0) + 1

print(len(counts), "distinct words")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f"{word:>6} {n}")
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
# expect: 15 distinct words
# expect:    dog 4
# expect:    the 4
# expect:      a 2
# expect:    fox 2
# expect:  quick 2
# expect: 1 ['a']
# expect: 2 ['is']
# expect: 3 ['and', 'dog', 'fox', 'the']
# expect: 4 ['away', 'lazy', 'over', 'runs']
# expect: 5 ['barks', 'brown', 'happy', 'jumps', 'quick']
