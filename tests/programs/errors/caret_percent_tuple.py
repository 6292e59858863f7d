# 'text %s' % (a, b) runs as an f-string: a failing str() of an item is
# marked under that item, on its own line.
class Unprintable:
    def __str__(self):
        raise ValueError('no text for this')


def show(a, b):
    return 'a=%s, b=%s' % (a,
                           b)


print(show(1, 2))  # expect: a=1, b=2
print(show(1, Unprintable()))
# expect-error: ValueError: no text for this
