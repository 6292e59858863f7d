# for over ranges with steps.
for i in range(3):
    print(i)  # expect: 0
# expect: 1
# expect: 2
for i in range(10, 0, -4):
    print(i)  # expect: 10
# expect: 6
# expect: 2
for i in range(5, 5):
    print('never')
print(sum(i for i in range(1, 11, 2)))  # expect: 25
