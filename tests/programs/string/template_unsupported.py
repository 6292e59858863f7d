# string.Template and string.Formatter are not modelled: using one is
# refused, naming it.
import string
print(string.ascii_lowercase[:3])  # expect: abc
t = string.Template('$who')
# expect-refviz-error: refviz: unsupported: string.Template (template_unsupported.py:5)
