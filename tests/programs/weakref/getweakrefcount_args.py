import weakref
weakref.getweakrefcount()  # expect-error: TypeError: _weakref.getweakrefcount() takes exactly one argument (0 given)
