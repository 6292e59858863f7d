# The !a conversion, %a and str.format's {!a} escape non-ASCII characters
# as ascii() does; repr() keeps them.
word = 'café ☺'
print(ascii(word), repr(word))
print(f'{word!a}', f'|{word!a:>20}|')
print('%a' % word, '%a|%s' % (word, word))
print('{!a}'.format(word), '|{0!a:^22}|'.format(word))
print(ascii('plain') == repr('plain'), f'{"plain"!a}')
# expect: 'caf\xe9 \u263a' 'café ☺'
# expect: 'caf\xe9 \u263a' |    'caf\xe9 \u263a'|
# expect: 'caf\xe9 \u263a' 'caf\xe9 \u263a'|café ☺
# expect: 'caf\xe9 \u263a' |   'caf\xe9 \u263a'   |
# expect: True 'plain'
