def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper

def exclaim(fn):
    def wrapper(*args):
        return fn(*args) + '!'
    return wrapper

@exclaim
@shout
def greet(name):
    return 'hello ' + name

print(greet('ada'))
print(greet.__name__)
# expect: HELLO ADA!
# expect: wrapper
