import weakref
weakref.ref(iter([]))  # expect-error: TypeError: cannot create weak reference to 'list_iterator' object
