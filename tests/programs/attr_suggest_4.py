# Exceptions suggest from their attributes and their instance dict.  An
# AttributeError knows the name and the object of a failed lookup (None
# when made by hand, unless given as name= and obj=).
err = AttributeError('custom message', name='uper', obj='text')
print(err.name, err.obj, err.args)  # expect: uper text ('custom message',)
print(AttributeError('plain').name)  # expect: None
e = ValueError('bad')
e.code = 7
print(e.args, e.code)  # expect: ('bad',) 7
e.cod  # expect-error: AttributeError: 'ValueError' object has no attribute 'cod'. Did you mean: 'code'?
