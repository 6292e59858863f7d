# Group anagrams with a dict keyed by sorted letters; sets for uniqueness.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, members in groups.items():
    if len(members) > 1:
        print(key, members)
letters = set()
for w in words:
    letters |= set(w)
print(sorted(letters))
print(len(words), len(set(words)), len(groups))
common = set("listen") & set("google")
print(sorted(common))
# expect: eilnst ['listen', 'silent', 'enlist']
# expect: eggloo ['google', 'gooegl']
# expect: act ['cat', 'act', 'tac']
# expect: ['a', 'c', 'd', 'e', 'g', 'i', 'l', 'n', 'o', 's', 't']
# expect: 9 9 4
# expect: ['e', 'l']
