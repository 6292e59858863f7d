# The program's output to a pipe whose reader has gone: SIGPIPE, as for any filter.
# hostile-stdout-to: pipe-closed
# hostile-exit: 141
for i in range(100000):
    print(i)
