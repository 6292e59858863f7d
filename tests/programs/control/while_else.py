# A while loop's else runs when the condition becomes false.
n = 3
while n > 0:
    print(n)  # expect: 3
# expect: 2
# expect: 1
    n -= 1
else:
    print('done', n)  # expect: done 0
