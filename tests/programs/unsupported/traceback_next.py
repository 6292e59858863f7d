# Only the head of a traceback chain is modelled: its frames are refused.
try:
    {}['x']
except KeyError as e:
    tb = e.__traceback__
print(tb.tb_lineno)
print(tb.tb_next)
# expect: 3
# expect-refviz-error: refviz: unsupported: traceback objects' tb_next (traceback_next.py:7)
