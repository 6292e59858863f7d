# Module-level annotated assignments: the value is bound, the annotation
# kept in __annotations__; an annotation without a value binds nothing.
count: int = 0
names: list = []
ratio: float
print(__annotations__)  # expect: {'count': <class 'int'>, 'names': <class 'list'>, 'ratio': <class 'float'>}
print(count, names)  # expect: 0 []
try:
    print(ratio)
except NameError as e:
    print(e)  # expect: name 'ratio' is not defined
ratio: float = 0.5
print(ratio)  # expect: 0.5
print(list(__annotations__))  # expect: ['count', 'names', 'ratio']
if count == 0:
    late: str = 'x'
print(__annotations__['late'])  # expect: <class 'str'>
