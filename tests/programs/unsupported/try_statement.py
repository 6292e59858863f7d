try:
    x = 1
except ValueError:
    pass
# expect-refviz-error: refviz: unsupported: try statement (try_statement.py:1)
