x = None
int(x)  # expect-error: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
