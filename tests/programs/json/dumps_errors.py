# What json.dumps refuses, with CPython's messages, and default= and
# skipkeys= to get past it.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
try:
    json.dumps({"p": p})
except TypeError as err:
    print(err)  # expect: Object of type Point is not JSON serializable
try:
    json.dumps({1, 2})
except TypeError as err:
    print(err)  # expect: Object of type set is not JSON serializable


def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    return list(obj)


print(json.dumps([p, {3, 1}], default=encode))  # expect: [{"x": 1, "y": 2}, [1, 3]]
try:
    json.dumps({(1, 2): "pair"})
except TypeError as err:
    print(err)  # expect: keys must be str, int, float, bool or None, not tuple
print(json.dumps({(1, 2): "pair", "ok": 1}, skipkeys=True))  # expect: {"ok": 1}
try:
    json.dumps({"b": 1, 2: 2}, sort_keys=True)
except TypeError as err:
    print(err)  # expect: '<' not supported between instances of 'int' and 'str'
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as err:
    print(err)  # expect: Circular reference detected
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as err:
    print(err)  # expect: Out of range float values are not JSON compliant
try:
    json.dumps([float("inf")], allow_nan=False, indent=1)
except ValueError as err:
    print(err)  # expect: Out of range float values are not JSON compliant: inf
try:
    json.dumps([1], colour="red")
except TypeError as err:
    print(err)  # expect: JSONEncoder.__init__() got an unexpected keyword argument 'colour'
try:
    json.dumps([1], 2)
except TypeError as err:
    print(err)  # expect: dumps() takes 1 positional argument but 2 were given
