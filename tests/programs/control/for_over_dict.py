# for over a dict yields its keys in insertion order.
ages = {'ann': 31, 'bob': 25, 'cy': 40}
for name in ages:
    print(name)  # expect: ann
# expect: bob
# expect: cy
for name, age in ages.items():
    if age > 30:
        print(name, age)  # expect: ann 31
# expect: cy 40
total = 0
for age in ages.values():
    total += age
print(total)  # expect: 96
