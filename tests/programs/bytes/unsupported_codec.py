# Only the utf-8, ascii and latin-1 codecs are modelled.
text = 'hi'
data = text.encode('utf-16')
# expect-refviz-error: refviz: unsupported: the 'utf-16' codec (refviz has utf-8, ascii and latin-1) (unsupported_codec.py:3)
