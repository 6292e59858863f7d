def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator cleanup')
for x in gen():
    print(x)
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield None
print(list(safe_div([(1, 2), (1, 0), (3, 1)])))
# expect: 1
# expect: 2
# expect: generator cleanup
# expect: [0.5, None, 3.0]
