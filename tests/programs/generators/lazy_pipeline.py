log = []
def numbers():
    for i in range(5):
        log.append('produce %d' % i)
        yield i
def squares(src):
    for n in src:
        log.append('square %d' % n)
        yield n * n
pipeline = squares(numbers())
print(log)
print(next(pipeline), log)
print(list(pipeline))
print(len(log))
# expect: []
# expect: 0 ['produce 0', 'square 0']
# expect: [1, 4, 9, 16]
# expect: 10
