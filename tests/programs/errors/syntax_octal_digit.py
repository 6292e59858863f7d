# A digit the base lacks is named, as CPython 3.11's tokenizer names it.
x = 0o17
print(x)
y = 0o8  # expect-error: SyntaxError: invalid digit '8' in octal literal
