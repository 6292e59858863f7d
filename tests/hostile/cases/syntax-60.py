# Syntax garbage 60: "'\\U0011ffff'".
# hostile-args: run "$IN"
# hostile-setup: printf '\047\134U0011ffff\047' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character
