# The loop stops at the first failing item.
values = ['1', '2', 'x', '4']
total = 0
for v in values:
    total += int(v)  # expect-error: ValueError: invalid literal for int() with base 10: 'x'
    print(total)  # expect: 1
# expect: 3
