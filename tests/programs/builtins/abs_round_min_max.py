# A quick tour of numeric builtins together.
values = [3, -7, 2.5, -0.5]
print(abs(values[1]), round(values[2]), round(values[3]))  # expect: 7 2 0
print(min(values), max(values))  # expect: -7 3
print(sum(values))  # expect: -2.0
print(max(map(abs, values)))  # expect: 7
print(sorted(values, key=abs))  # expect: [-0.5, 2.5, 3, -7]
