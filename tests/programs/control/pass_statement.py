# pass does nothing.
for i in range(3):
    pass
if True:
    pass
while False:
    pass
print(i)  # expect: 2
