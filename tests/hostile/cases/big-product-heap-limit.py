# A product whose digits (and Karatsuba's scratch) would pass the memory
# budget raises MemoryError before it starts: the program can catch it
# and go on; a power past 2**26 bits is MemoryError whatever the base.
# The values stay in no variable: a snapshot's decimal value of them
# (selfcheck builds record every run) is a quadratic conversion.
# hostile-args: run --max-heap 48M "$CASE"
# hostile-exit: 1
# hostile-stdout: 67108864
# hostile-stdout: caught MemoryError
# hostile-stdout: 15849626
# hostile-stderr: MemoryError
# hostile-timeout: 30
print(((1 << 2**26) - 1).bit_length())
try:
    print((((1 << 2**26) - 1) * ((1 << 2**26) - 1)).bit_length())
except MemoryError:
    print("caught MemoryError")
print((3 ** 10**7).bit_length())
print((12345 ** 5000000).bit_length())
