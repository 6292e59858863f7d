def reader():
    print('open')
    try:
        while True:
            yield 'line'
    finally:
        print('closed')
r = reader()
print(next(r), next(r))
r.close()
print(r.gi_frame, list(r))
r2 = reader()
for line in r2:
    break
print('broke out')
del r2
print('after del')
def counted():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
c = counted()
next(c)
c.close()
c.close()
# expect: open
# expect: line line
# expect: closed
# expect: None []
# expect: open
# expect: broke out
# expect: closed
# expect: after del
# expect: got GeneratorExit
