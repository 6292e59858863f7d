# A name may hold letters of any script (XID_Start, then XID_Continue);
# a space or format character inside one is CPython's "invalid
# non-printable character", never part of the name.
# (A syntax error stops the program before it runs: nothing is printed.)
café = 1
π = 3
print(café + π)
x = 1
y​z = 2  # expect-error: SyntaxError: invalid non-printable character U+200B
