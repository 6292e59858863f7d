# Traced, a call that fails: reading a recorded step back whose records
# store no reference, in a step buffer that had never held one, computed
# NULL + 0 (undefined behaviour, which clang's UBSan reports and gcc's does
# not; found by AFL++ on the CLI, fuzz/afl.sh, and by make fuzz-smoke).
# hostile-args: run --format json -o "$TMP/t.json" "$CASE"
# hostile-exit: 1
# hostile-stderr: NameError: name 'missing' is not defined
def f():
    missing


f()
