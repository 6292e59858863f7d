# Printable non-ASCII characters appear as they are in reprs.
print(repr('café'))  # expect: 'café'
print(repr('€'))  # expect: '€'
print(repr('日本'))  # expect: '日本'
print(repr('\u200b'))  # expect: '\u200b'
print(repr('\xa0'))  # expect: '\xa0'
print(repr('😀'))  # expect: '😀'
print(ascii('café'))  # expect: 'caf\xe9'
print('\u00e9' == 'é')  # expect: True
