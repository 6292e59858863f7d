total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
def shadow():
    total = 100
    return total
print(shadow(), total)
# expect: 12
# expect: 100 12
