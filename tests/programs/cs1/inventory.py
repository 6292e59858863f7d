# A shop inventory: dict of dicts, updates, errors for missing items.
inventory = {
    "apple": {"price": 0.5, "qty": 100},
    "bread": {"price": 2.25, "qty": 20},
    "milk": {"price": 1.2, "qty": 0},
}

def buy(item, n):
    try:
        entry = inventory[item]
    except KeyError:
        return f"no such item: {item}"
    if entry["qty"] < n:
        return f"only {entry['qty']} {item} left"
    entry["qty"] -= n
    return f"bought {n} {item} for {entry['price'] * n:.2f}"

print(buy("apple", 10))
print(buy("milk", 1))
print(buy("cheese", 1))
print(buy("bread", 20))
in_stock = [name for name, e in inventory.items() if e["qty"] > 0]
print(in_stock)
value = sum(e["price"] * e["qty"] for e in inventory.values())
print(f"stock value: {value:.2f}")
print(inventory["bread"])
# expect: bought 10 apple for 5.00
# expect: only 0 milk left
# expect: no such item: cheese
# expect: bought 20 bread for 45.00
# expect: ['apple']
# expect: stock value: 45.00
# expect: {'price': 2.25, 'qty': 0}
