for key in ['a', 0]:
    try:
        {'b': 1}[key] if key == 'a' else [][key]
    except (KeyError, IndexError) as e:
        print(type(e).__name__, repr(e))
# expect: KeyError KeyError('a')
# expect: IndexError IndexError('list index out of range')
