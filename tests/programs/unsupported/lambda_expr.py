xs = [3, 1, 2]
print(sorted(xs))  # expect: [1, 2, 3]
key = lambda v: -v
# expect-refviz-error: refviz: unsupported: lambda expressions (lambda_expr.py:3)
