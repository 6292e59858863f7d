# A method call whose name is on a later line than its object is marked
# from the method's name (CPython 3.11 moves the position there).
class Query:
    def where(self, cond):
        print("where", cond)
        return self

    def limit(self, n):
        return 10 // n

q = Query()
rows = (q
        .where("age > 3")
        .limit(0))
# expect: where age > 3
# expect-error: ZeroDivisionError: integer division or modulo by zero
