# A function's __closure__ holds its cells; cell_contents reads one, and a
# cell held in a plain variable is drawn as a cell.
def outer():
    x = [1]
    def inner():
        return x
    return inner
f = outer()
print(type(f.__closure__).__name__, len(f.__closure__))
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents, cell.cell_contents is f())
print(outer.__closure__, f.__globals__ is globals())
def late():
    def g():
        return y
    c = g.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    y = 2
    print(c.cell_contents)
late()
try:
    cell.nothing
except AttributeError as e:
    print(e)
# expect: tuple 1
# expect: cell [1] True
# expect: None True
# expect: Cell is empty
# expect: 2
# expect: 'cell' object has no attribute 'nothing'
