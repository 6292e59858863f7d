# Subclassing random.Random (to replace its generator) is outside the
# model.
import random


class Loaded(random.Random):
    def random(self):
        return 0.5
# expect-refviz-error: refviz: unsupported: subclassing the built-in type 'Random' (subclass_unsupported.py:6)
