# run -o '' (an empty path): a usage error, not ignored.
# hostile-args: run -o "" "$CASE"
# hostile-exit: 2
# hostile-stderr-has: picks no format
print(1)
