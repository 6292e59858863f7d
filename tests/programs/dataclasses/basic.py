# A dataclass: __init__, __repr__ and __eq__ generated from the annotated
# fields; an instance is an ordinary instance with the fields as attributes.
from dataclasses import dataclass, field, fields, asdict, astuple, is_dataclass

@dataclass
class Student:
    name: str
    grade: int = 0
    courses: list = field(default_factory=list)

a = Student('Ada', 90)
b = Student('Bob')
a.courses.append('CS1')
print(a)  # expect: Student(name='Ada', grade=90, courses=['CS1'])
print(b)  # expect: Student(name='Bob', grade=0, courses=[])
print(a.courses is b.courses)  # expect: False
print(a == Student('Ada', 90, ['CS1']), a == b, a != b)  # expect: True False True
print(a == 'Ada')  # expect: False
print([f.name for f in fields(Student)])  # expect: ['name', 'grade', 'courses']
print(asdict(a))  # expect: {'name': 'Ada', 'grade': 90, 'courses': ['CS1']}
print(astuple(b))  # expect: ('Bob', 0, [])
print(is_dataclass(a), is_dataclass(Student), is_dataclass(3))  # expect: True True False
print(Student.grade, hasattr(Student, 'courses'))  # expect: 0 False
print(Student.__match_args__)  # expect: ('name', 'grade', 'courses')
print(a.__dict__)  # expect: {'name': 'Ada', 'grade': 90, 'courses': ['CS1']}
c = Student(grade=75, name='Cy')
print(repr(c), str(c))  # expect: Student(name='Cy', grade=75, courses=[]) Student(name='Cy', grade=75, courses=[])
print(Student.__doc__)  # expect: Student(name: str, grade: int = 0, courses: list = <factory>)
print(Student.__hash__)  # expect: None
