# for over a string yields characters.
vowels = 0
for ch in 'Programming':
    if ch in 'aeiou':
        vowels += 1
print(vowels)  # expect: 3
for ch in 'ab':
    print(ch * 2)  # expect: aa
# expect: bb
