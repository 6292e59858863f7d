# A memory bomb of another shape: refused with MemoryError (see
# docs/differences.md, Memory bounds), not built.
# hostile-exit: 1
# hostile-stderr: MemoryError
# hostile-timeout: 10
x = "a" * 10 ** 5
y = x.join(["b"] * 10 ** 5)
