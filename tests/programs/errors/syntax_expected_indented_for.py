x = 0
for i in range(3):
x += i
# expect-error: IndentationError: expected an indented block after 'for' statement on line 2
