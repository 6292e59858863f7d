# What a course does with random: seed(42) or seed(0), then randint,
# choice, shuffle and sample, with python3's numbers to the last digit
# (the same Mersenne Twister, seeded the same way).
import random

random.seed(42)
print(random.random())  # expect: 0.6394267984578837
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 100))  # expect: 1 6 36
colors = ["red", "green", "blue", "yellow"]
print(random.choice(colors))  # expect: green
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)  # expect: [10, 8, 9, 1, 5, 7, 6, 2, 3, 4]
hand = random.sample(deck, 3)
print(hand)  # expect: [10, 4, 8]
print(random.uniform(1.5, 2.5))  # expect: 1.7186379748036034

random.seed(0)
rolls = [random.randint(1, 6) for _ in range(12)]
print(rolls)  # expect: [4, 4, 1, 3, 5, 4, 4, 3, 4, 3, 5, 2]
print(random.randrange(10), random.randrange(0, 100, 5))  # expect: 8 20
letters = list("abcdef")
random.shuffle(letters)
print(letters)  # expect: ['d', 'e', 'f', 'a', 'b', 'c']
print(random.choice("xyz"), random.choice(range(50, 60)))  # expect: z 59

random.seed(42)
again = random.random()
print(again == 0.6394267984578837)  # expect: True
