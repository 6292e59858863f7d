def count_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1
g = count_to(2)
print(next(g), next(g), next(g, 'done'))
print(next(g, None))
next(g)
# expect: 1 2 done
# expect: None
# expect-error: StopIteration
