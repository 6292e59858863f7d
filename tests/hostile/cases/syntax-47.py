# Syntax garbage 47: '\x0c\x0c\x0c'.
# hostile-args: run "$IN"
# hostile-setup: printf '\014\014\014' > "$IN"
# hostile-exit: 0
# hostile-known: source text not yet read as CPython's tokenizer reads it (issue 14)
