# The position counts from the start of the literal's text.
text = 'ab\xZZ' + 'c'
# expect-error: SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \xXX escape
