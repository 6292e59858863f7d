# The literal text of an optimized 'text %s' % (x,) has no line in
# CPython 3.11: as the first thing a function runs it takes the def line
# (the first decorator's), so the tracer steps there before the body's
# first statement.  Elsewhere nothing shows.
def deco(fn):
    return fn


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return 'Point(%s, %s)' % (self.x, self.y)

    @deco
    def label(self):
        """A docstring is not code."""
        text = '<%s>' % (self,)
        return text

    def count(self):
        while '%s!' % (self.x,) == '':
            pass
        for ch in 'x=%s' % (self.x,):
            yield ch

    def plain(self):
        return '%s is first' % (self.x,)

    def one_line(self): return 'one %s' % (self.y,)


p = Point(1, 2)
print(p)
print(p.label(), p.plain(), p.one_line())
print(list(p.count()))
# expect: Point(1, 2)
# expect: <Point(1, 2)> 1 is first one 2
# expect: ['x', '=', '1']
