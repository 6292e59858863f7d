# A checkout line simulation with a class per customer and a list queue.
class Customer:
    count = 0
    def __init__(self, name, items):
        Customer.count += 1
        self.id = Customer.count
        self.name = name
        self.items = items

    def __str__(self):
        return f"#{self.id} {self.name} ({self.items} items)"

arrivals = [("ann", 3), ("bo", 1), ("cy", 5), ("di", 2)]
line = []
clock = 0
served = []
for name, items in arrivals:
    line.append(Customer(name, items))
while line:
    c = line.pop(0)
    clock += c.items
    served.append((c.name, clock))
    print("served", c, "at", clock)
print(served)
print("average wait:", sum(t for _, t in served) / len(served))
print(Customer.count)
# expect: served #1 ann (3 items) at 3
# expect: served #2 bo (1 items) at 4
# expect: served #3 cy (5 items) at 9
# expect: served #4 di (2 items) at 11
# expect: [('ann', 3), ('bo', 4), ('cy', 9), ('di', 11)]
# expect: average wait: 6.75
# expect: 4
