# Index lookups inside replacement fields.
point = (3, 4)
print('x={0[0]} y={0[1]}'.format(point))  # expect: x=3 y=4
d = {'k': 'v'}
print('{0[k]}'.format(d))  # expect: v
print('{p[1]}'.format(p=[10, 20]))  # expect: 20
