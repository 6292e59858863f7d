# A finite float ** float too large for a float is an OverflowError (ERANGE).
print(2.0 ** 1023)  # expect: 8.98846567431158e+307
print((-2.0) ** 1e300)  # expect-error: OverflowError: (34, 'Numerical result out of range')
