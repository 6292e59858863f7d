# repr names the referent's type and address (refviz: derived from ids).
import weakref
s = {1}
r = weakref.ref(s)
text = repr(r)
print(text.startswith('<weakref at 0x'))  # expect: True
print("; to 'set' at 0x" in text)  # expect: True
print(text.endswith('>'))  # expect: True
print(hex(id(s)) in text, hex(id(r)) in text)  # expect: True True
