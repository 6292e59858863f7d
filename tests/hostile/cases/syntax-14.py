# Syntax garbage 14: 'from . import'.
# hostile-args: run "$IN"
# hostile-setup: printf 'from . import' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: invalid syntax
