# __exit__ runs on the with line: the body's last statement gets its step
# first, and the with statement a second step afterwards (rule 4); a return
# inside the block returns from the with line.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with CM() as c:
    v = 1
w = 2
def f():
    with CM():
        return 5
print(f())  # expect: 5
for i in range(3):
    with CM():
        if i == 1:
            continue
        if i == 2:
            break
try:
    with CM():
        raise KeyError('k')
except KeyError:
    print('left')  # expect: left
