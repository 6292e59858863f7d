def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
s = stubborn()
next(s)
s.close()
# expect-error: RuntimeError: generator ignored GeneratorExit
