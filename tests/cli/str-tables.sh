#!/bin/sh
# check_str.c's expected outcomes are what python3 gives for the same calls.
set -u
exec "${PYTHON3:-python3}" "$top_srcdir/tests/unit/check_str_gen.py" \
    "$top_srcdir/tests/unit/check_str.c"
