# A decorator that fails is marked on its own line, under its name.
def register(func):
    return registry[func.__name__]

registry = {}

@register
def handler():
    pass
# expect-error: KeyError: 'handler'
