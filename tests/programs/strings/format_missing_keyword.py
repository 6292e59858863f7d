print('{name}'.format(nom='x'))  # expect-error: KeyError: 'name'
