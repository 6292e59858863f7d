# CPython's formatting writer returns the one str written into it when
# nothing else was: '%s' % s, '{}'.format(s) and format(s, '>5') are s
# itself; padding, a cut, text around it or a sign flag make a new str.
# An int's digits are written into the writer, so '%s' % n is a new str
# (or a cached one-character one).
s = 'hello world'
name = '%s' % s
print(name is s, '%5s' % s is s, '%.20s' % s is s, '%-3s' % s is s)
print('%20s' % s is s, '%.3s' % s is s, '<%s>' % s is s, '%+s' % s is s)
empty_first, empty_last = ('', s), (s, '')
print('%(k)s' % {'k': s} is s, '%s%s' % empty_first is s, '%s%s' % empty_last is s)
label = '{}'.format(s)
print(label is s, '{0}'.format(s) is s, '{:5}'.format(s) is s, '{k}'.format(k=s) is s)
print('{:20}'.format(s) is s, '{}!'.format(s) is s, '{}{}'.format('', s) is s)
print(format(s, '>5') is s, format(s, 's') is s, f'{s:>5}' is s, f'{s:.3}' is s)
n = 5
print('%s' % n is '%s' % n, '{}'.format(n) is '{}'.format(n), '{!s}'.format(n) is '{!s}'.format(n))
print(name, label)
# expect: True True True True
# expect: False False False False
# expect: True True False
# expect: True True True True
# expect: False False True
# expect: True True True False
# expect: True True False
# expect: hello world hello world
