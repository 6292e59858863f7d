# Tabs and spaces that compare differently with a tab one column wide than
# eight: CPython's TabError, not a program that runs.
if True:
	x = 1
        y = 2  # expect-error: TabError: inconsistent use of tabs and spaces in indentation
print(x)
