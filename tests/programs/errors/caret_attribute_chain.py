# An attribute lookup is marked from the start of the chain to the
# attribute that is missing; the rest of the line is left out.
class Profile:
    def __init__(self, email):
        self.email = email

class User:
    def __init__(self, name):
        self.name = name
        self.profile = Profile(name + "@example.org")

user = User("ada")
print(user.profile.email)  # expect: ada@example.org
domain = user.profile.address.split("@")
# expect-error: AttributeError: 'Profile' object has no attribute 'address'
