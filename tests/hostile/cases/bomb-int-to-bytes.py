# A memory bomb of another shape: refused with MemoryError (see
# docs/differences.md, Memory bounds), not built.
# hostile-exit: 1
# hostile-stderr: MemoryError
# hostile-timeout: 10
x = (1).to_bytes(10 ** 10, "big")
