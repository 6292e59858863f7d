# An empty octal literal inside a slice.
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid octal literal
print(range(1)[::0o])
