raise
# expect-error: RuntimeError: No active exception to reraise
