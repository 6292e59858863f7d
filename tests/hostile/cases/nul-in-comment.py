# A NUL byte inside a comment.
# hostile-args: run "$IN"
# hostile-setup: printf '# a\000b\012x = 1\012' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: source code cannot contain null bytes
