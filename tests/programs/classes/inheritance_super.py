class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
class Dog(Animal):
    sound = 'woof'
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def speak(self):
        return super().speak() + '!'
d = Dog('rex', ['sit'])
print(d.speak(), d.tricks, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__bases__, Dog.__mro__)
print(Animal('cat').speak())
# expect: rex says woof! ['sit'] True True
# expect: (<class '__main__.Animal'>,) (<class '__main__.Dog'>, <class '__main__.Animal'>, <class 'object'>)
# expect: cat says ...
