d = {}
try:
    d['a']
except KeyError as e:
    raise RuntimeError("lookup failed") from e
# expect-error: RuntimeError: lookup failed
