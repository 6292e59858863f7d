errors = 0
results = []
for x in [2, 0, 5, 0, 1]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        errors += 1
print(results, errors)
# expect: [5, 2, 10] 2
