# An uncaught StatisticsError ends the program as in python3.
import statistics

scores = []
print(statistics.median([3, 1, 2]))  # expect: 2
print(statistics.mean(scores))
# expect-error: statistics.StatisticsError: mean requires at least one data point
