# A with statement's __exit__, e.__traceback__ and sys.exc_info() share one
# traceback object, which lives as long as the exception holds it.
import sys
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(type(tb).__name__, tb is exc.__traceback__, tb.tb_lineno, sys.getsizeof(tb))
        return True
with Quiet():
    {}['missing']
def fail():
    raise ValueError('v')
try:
    fail()
except ValueError as e:
    kept = e.__traceback__
    kind, value, tb = sys.exc_info()
    print(kind is ValueError, value is e, tb is kept, kept.tb_lineno)
print(repr(kept).startswith('<traceback object at 0x'), kept.tb_lineno)
print(ValueError('never raised').__traceback__)
try:
    kept.tb_lineno = 3
except AttributeError as err:
    print(err)
# expect: traceback True 11 56
# expect: True True True 15
# expect: True 15
# expect: None
# expect: attribute 'tb_lineno' of 'traceback' objects is not writable
