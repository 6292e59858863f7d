# order=True: instances compare as tuples of their fields, in field order.
from dataclasses import dataclass

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

vs = [Version(1, 5), Version(0, 9), Version(1, 0)]
print(sorted(vs))  # expect: [Version(major=0, minor=9), Version(major=1, minor=0), Version(major=1, minor=5)]
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))  # expect: True True Version(major=1, minor=5)
try:
    Version(1) < 2
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Version' and 'int'
