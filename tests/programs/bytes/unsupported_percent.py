# %-formatting of bytes is not modelled: refused, not answered wrongly.
count = 3
print(b'%d items' % count)
# expect-refviz-error: refviz: unsupported: %-formatting of bytes and bytearray (unsupported_percent.py:3)
