class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Squares(5)), 9 in Squares(5))
# expect: [0, 1, 4, 9, 16] True
