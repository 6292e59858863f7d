err = ValueError('again')
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(e is err, e.__context__)
# expect: True None
# expect: True None
