# A dataclass subclass adds its fields after its base's.
from dataclasses import dataclass, fields

@dataclass
class Animal:
    name: str
    sound: str = '...'

@dataclass
class Dog(Animal):
    tricks: int = 0
    sound: str = 'woof'

d = Dog('Rex', tricks=3)
print(d)  # expect: Dog(name='Rex', sound='woof', tricks=3)
print([f.name for f in fields(d)])  # expect: ['name', 'sound', 'tricks']
print(isinstance(d, Animal), d == Animal('Rex', 'woof'))  # expect: True False
