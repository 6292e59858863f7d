# An ELF header given as a program.
# hostile-args: run "$IN"
# hostile-setup: printf '\177ELF\002\001\001\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017\020\021\022\023\024\025\026\027\030\031\032\033\034\035\036\037 !"#$\045&\047' > "$IN"
# hostile-exit: 1
# hostile-stderr: SyntaxError: source code cannot contain null bytes
