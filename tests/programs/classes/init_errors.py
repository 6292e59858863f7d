class A:
    pass
A(1)
# expect-error: TypeError: A() takes no arguments
