from array import array
array('z')  # expect-error: ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
