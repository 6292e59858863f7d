# Iterating over a string yields one-character strings.
for ch in 'héy':
    print(ch, ord(ch))  # expect: h 104
# expect: é 233
# expect: y 121
print(list('ab'))  # expect: ['a', 'b']
count = 0
for ch in 'mississippi':
    if ch == 's':
        count += 1
print(count)  # expect: 4
