# Syntax garbage 47: '\x0c\x0c\x0c'.
# hostile-args: run "$IN"
# hostile-setup: printf '\014\014\014' > "$IN"
# hostile-exit: 0
