# Syntax garbage 59: "'\\x1'".
# hostile-args: run "$IN"
# hostile-setup: printf '\047\134x1\047' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
