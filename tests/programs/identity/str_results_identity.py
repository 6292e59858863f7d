# Which str results are new objects and which are CPython's cached ones:
# str(int) and f-strings make new strs even of one character; str(True) is
# a static string; '%d' % 0, '{}'.format(3) and format(5, 'd') give the
# cached one-character strs.
print(str(0) is str(0), repr(7) is repr(7), str(-1) is str(-1))
print(f"{0}" is f"{0}", format(0) is format(0), "{}".format(3) is "{}".format(3))
print("%d" % 0 is "%d" % 0, format(5, "d") is format(5, "d"), f"{5:d}" is f"{5:d}")
print(str(True) is str(True), repr(False) is repr(False), f"{True}" is f"{True}")
x = ""
y = "a"
print(f"{x}{y}" == y, f"{x}{y}" is y, f"{x}{x}" is x, f"{y}" is y)
# expect: False False False
# expect: False False True
# expect: True True True
# expect: True True True
# expect: True False True True
