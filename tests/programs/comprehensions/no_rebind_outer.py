# A comprehension variable does not rebind a module variable of the same name.
x = 'outer'
result = [x for x in range(3)]
print(x)  # expect: outer
print(result)  # expect: [0, 1, 2]
n = 10
print([n + i for i in range(2)])  # expect: [10, 11]
