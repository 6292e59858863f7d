# Syntax garbage 54: 'async with x: pass'.
# hostile-args: run "$IN"
# hostile-setup: printf 'async with x: pass' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: 'async with' outside async function
