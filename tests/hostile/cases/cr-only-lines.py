# CR-only line endings are newlines; CRLF in a triple-quoted string is \n.
# hostile-args: run "$IN"
# hostile-setup: printf 'x = 1\rs = """a\r\nb"""\rprint(x, repr(s))\r' > "$IN"
# hostile-exit: 0
# hostile-stdout: 1 'a\nb'
