class Dog:
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)

fido = Dog("Fido")
buddy = Dog("Buddy")
fido.add_trick("roll over")
buddy.add_trick("play dead")
print(fido.tricks)
