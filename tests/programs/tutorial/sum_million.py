# The tutorial's loop: two million steps, printed in full (refviz run
# without --format has no step limit, as python3 has none).
numbers = list(range(1000000))
total = 0
for n in numbers:
    total += n
print(total, sum(numbers))
# expect: 499999500000 499999500000
