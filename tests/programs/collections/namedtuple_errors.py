from collections import namedtuple
P = namedtuple('Point', 'x y')
p = P(1, 2)
for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2),
            lambda: setattr(p, 'x', 3), lambda: setattr(p, 'z', 3),
            lambda: p._replace(z=1), lambda: P._make([1])]:
    try:
        bad()
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
for spec in ['1x y', 'x _y', 'x x', 'class y']:
    try:
        namedtuple('T', spec)
    except ValueError as e:
        print(e)
# expect: TypeError Point.__new__() missing 1 required positional argument: 'y'
# expect: TypeError Point.__new__() takes 3 positional arguments but 4 were given
# expect: TypeError Point.__new__() got an unexpected keyword argument 'z'
# expect: TypeError Point.__new__() got multiple values for argument 'x'
# expect: AttributeError can't set attribute
# expect: AttributeError 'Point' object has no attribute 'z'
# expect: ValueError Got unexpected field names: ['z']
# expect: TypeError Expected 2 arguments, got 1
# expect: Type names and field names must be valid identifiers: '1x'
# expect: Field names cannot start with an underscore: '_y'
# expect: Encountered duplicate field name: 'x'
# expect: Type names and field names cannot be a keyword: 'class'
