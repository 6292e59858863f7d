class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'end'))
# expect: [3, 2, 1]
# expect: 2 1 end
