print(sum(['a', 'b'], ''))  # expect-error: TypeError: sum() can't sum strings [use ''.join(seq) instead]
