# The module's functions are methods of one hidden Random: random and
# getrandbits built-in methods, the others bound methods, whose __self__
# (random._inst) and __func__ (a function of the class) a snapshot draws.
from random import randint, shuffle
import random

roll = randint
rnd = random.random
gen = random.Random(7)
mix = gen.shuffle
cls = random.Random
random.seed(1)
deck = [1, 2, 3, 4, 5]
shuffle(deck)
mix(deck)
value = roll(1, 6) + gen.randint(1, 6)
print(deck, value)  # expect: [2, 3, 1, 4, 5] 5
del roll
picked = random.sample(deck, 2)
weights = random.choices(deck, k=3)
print(picked, weights)  # expect: [4, 5] [4, 4, 2]
