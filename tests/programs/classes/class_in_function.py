def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ', ' + name
    return Greeter
G = make_class('hi')
print(G().greet('ann'), G.__qualname__)
# expect: hi, ann make_class.<locals>.Greeter
