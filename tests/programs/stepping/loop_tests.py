# Each test of a while/if/elif header is a step; a one-line loop is one
# statement (rule 1).
i = 0
while i < 2:
    i += 1
if i == 1:
    a = 1
elif i == 2:
    a = 2
else:
    a = 3
while True:
    i += 1
    if i > 4:
        break
x = 0
while x < 3: x += 1
try:
    pass
except ValueError:
    pass
else:
    b = 1
print(i, a, x, b)  # expect: 5 2 3 1
