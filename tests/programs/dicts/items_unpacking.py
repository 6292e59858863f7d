# Iterating over items with tuple unpacking.
prices = {'apple': 3, 'pear': 5}
total = 0
for name, price in prices.items():
    print(name, price)  # expect: apple 3
# expect: pear 5
    total += price
print(total)  # expect: 8
for k in prices:
    print(k, prices[k] * 2)  # expect: apple 6
# expect: pear 10
