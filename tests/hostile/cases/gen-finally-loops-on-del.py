# A generator whose finally block loops, closed by `del` mid-program: its
# steps count, and the limit stops the program (it used to hang).
# hostile-args: run --max-steps 1000 "$CASE"
# hostile-exit: 1
# hostile-stderr-has: refviz: stopped after 1000 steps at
# hostile-timeout: 20
def g():
    try:
        yield 1
    finally:
        while True:
            pass
it = g()
next(it)
del it
print("after")
while True:
    pass
