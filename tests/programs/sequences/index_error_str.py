s = 'abc'
print(s[3])  # expect-error: IndexError: string index out of range
