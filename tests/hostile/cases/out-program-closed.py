# The program's output to a closed stdout.
# hostile-stdout-to: closed
# hostile-exit: 3
# hostile-stderr-has: refviz: error: cannot write the program's output
print(1)
