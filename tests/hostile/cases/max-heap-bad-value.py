# --max-heap takes a size.
# hostile-args: run --max-heap lots "$CASE"
# hostile-exit: 2
# hostile-stderr-has: --max-heap
print("never")
