# "%.10000000000f": ValueError, as python3.
# hostile-exit: 1
# hostile-stderr: ValueError: precision too big
x = "%.10000000000f" % 1.0
