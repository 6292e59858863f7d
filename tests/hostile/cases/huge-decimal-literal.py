# A decimal literal of 100,000 digits: the digit limit, as python3.
# hostile-args: run "$IN"
# hostile-setup: awk 'BEGIN { printf "x = "; for (i = 0; i < 100000; i++) printf "9"; print "" }' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.
