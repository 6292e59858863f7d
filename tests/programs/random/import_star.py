# from random import * binds the names of random.__all__, in its order.
from random import *

seed(5)
print(randint(1, 10), choice("abc"), random())  # expect: 10 b 0.7417869892607294
names = [n for n in globals() if not n.startswith("_")]
print(names)  # expect: ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate']
print(Random, SystemRandom)  # expect: <class 'random.Random'> <class 'random.SystemRandom'>
