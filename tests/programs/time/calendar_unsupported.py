# time's calendar functions are not modelled: using one is refused,
# naming it.
import time
print(time.monotonic() > 0)  # expect: True
stamp = time.strftime('%Y')
# expect-refviz-error: refviz: unsupported: time.strftime (calendar_unsupported.py:5)
