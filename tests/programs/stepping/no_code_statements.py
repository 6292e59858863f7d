# global, nonlocal and a local annotation have no code: no line event, no
# step, never the current statement (rule 1).
n = 0
def f():
    global n
    n += 1
def outer():
    k = 0
    def inc():
        nonlocal k
        k += 1
    inc()
    return k
def annotated():
    x: int
    y = 1
    return y
def doc_only():
    "only a docstring: returns from the def line"
f()
print(n, outer(), annotated(), doc_only())  # expect: 1 1 1 None
