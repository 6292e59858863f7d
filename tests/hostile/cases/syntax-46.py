# Syntax garbage 46: 'match x:\n  case:'.
# hostile-args: run "$IN"
# hostile-setup: printf 'match x:\012  case:' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
