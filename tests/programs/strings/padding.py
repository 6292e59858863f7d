# center, ljust, rjust and zfill (brackets show the padding).
print('[' + 'hi'.center(6) + ']')  # expect: [  hi  ]
print('[' + 'hi'.center(7, '*') + ']')  # expect: [***hi**]
print('[' + 'hi'.ljust(5) + ']')  # expect: [hi   ]
print('[' + 'hi'.rjust(5, '.') + ']')  # expect: [...hi]
print('[' + 'toolong'.center(3) + ']')  # expect: [toolong]
print('42'.zfill(5))  # expect: 00042
print('-42'.zfill(6))  # expect: -00042
print('+7'.zfill(4))  # expect: +007
