def f():
    try:
        return 'try'
    finally:
        print('finally runs before the return completes')
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(g())
def h(items):
    for x in items:
        try:
            if x == 2:
                return x
        finally:
            print('cleanup', x)
    return None
print(h([1, 2, 3]))
# expect: finally runs before the return completes
# expect: try
# expect: finally wins
# expect: cleanup 1
# expect: cleanup 2
# expect: 2
