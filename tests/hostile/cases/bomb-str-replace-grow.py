# A memory bomb of another shape: refused with MemoryError (see
# docs/differences.md, Memory bounds), not built.
# hostile-exit: 1
# hostile-stderr: MemoryError
# hostile-timeout: 10
x = "aaaa" * 10 ** 5
x = x.replace("a", "b" * 10 ** 5)
