import weakref
weakref.getweakrefs(1, 2)  # expect-error: TypeError: _weakref.getweakrefs() takes exactly one argument (2 given)
