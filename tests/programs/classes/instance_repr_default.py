class Point:
    pass
p = Point()
text = repr(p)
print(text.startswith('<__main__.Point object at 0x'), text.endswith('>'))
print(str(p) == repr(p))
print(repr(Point), Point.__name__, Point.__qualname__, Point.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner)
# expect: True True
# expect: True
# expect: <class '__main__.Point'> Point Point __main__
# expect: Outer.Inner <class '__main__.Outer.Inner'>
