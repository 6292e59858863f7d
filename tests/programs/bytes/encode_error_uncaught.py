# ASCII has no é.
word = 'résumé'
data = word.encode('ascii')
# expect-error: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
