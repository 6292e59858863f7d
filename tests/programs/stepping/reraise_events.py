# Re-raising gives no exception event in its frame: a bare raise, the end
# of a finally body, the end of an except E as e handler (rule 6).
def f():
    try:
        raise KeyError('k')
    finally:
        q = 1
try:
    f()
except KeyError as e:
    print('caught', e)  # expect: caught 'k'
def g():
    try:
        x = 1
        raise ValueError('v')
    except ValueError as e:
        raise TypeError('t')
try:
    g()
except TypeError:
    pass
def h():
    try:
        try:
            {}['z']
        except KeyError as e:
            raise RuntimeError('r')
    except RuntimeError:
        y = 2
    return y
h()
def m():
    try:
        raise KeyError('a')
    except KeyError:
        raise
try:
    m()
except KeyError:
    print('again')  # expect: again
def k():
    try:
        return 1
    finally:
        print('fin')  # expect: fin
k()
