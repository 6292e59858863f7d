# The program's own output to a full disk.
# hostile-stdout-to: /dev/full
# hostile-exit: 3
# hostile-stderr: refviz: error: cannot write the program's output: write error
print(1)
