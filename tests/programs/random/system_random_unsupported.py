# random.SystemRandom draws from os.urandom: the class is there, making one
# is refused.
import random

print(random.SystemRandom)  # expect: <class 'random.SystemRandom'>
sr = random.SystemRandom()
# expect-refviz-error: refviz: unsupported: random.SystemRandom() (refviz does not model the operating system's random source) (system_random_unsupported.py:6)
