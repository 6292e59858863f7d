# statistics' averages, exact as CPython computes them (mean sums the
# exact ratios of its data, as Fractions, and rounds once).
import statistics

marks = [72, 85, 90, 66, 85]
print(statistics.mean(marks), statistics.mean([1, 2, 3, 4]))  # expect: 79.6 2.5
print(statistics.mean([1, 2, 3]), type(statistics.mean([1, 2, 3])).__name__)  # expect: 2 int
print(statistics.mean([1.0, 3.0]), statistics.mean([True, False, True, True]))  # expect: 2.0 0.75
print(statistics.mean([0.1] * 10), sum([0.1] * 10) / 10)  # expect: 0.1 0.09999999999999999
print(statistics.mean([1e308, 1e308]), statistics.mean([10 ** 30, 1, 2]))  # expect: 1e+308 3.333333333333333e+29
print(statistics.mean(x * x for x in range(5)), statistics.mean(range(10)))  # expect: 6 4.5
print(statistics.fmean(marks), statistics.fmean([0.1, 0.2, 0.3]), statistics.fmean(iter([1, 2])))  # expect: 79.6 0.19999999999999998 1.5
print(statistics.median(marks), statistics.median([4, 1, 3, 2]))  # expect: 85 2.5
print(statistics.median_low([4, 1, 3, 2]), statistics.median_high([4, 1, 3, 2]))  # expect: 2 3
print(statistics.median(["pear", "apple", "fig"]))  # expect: fig
# median returns the object from the data itself when the count is odd.
big = [10 ** 12, 5, 10 ** 13]
print(statistics.median(big) is big[0])  # expect: True
print(statistics.mode(marks), statistics.mode(["red", "blue", "blue", "red", "green"]))  # expect: 85 red
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))  # expect: ['b', 'd', 'f'] []
print(statistics.mode([1, 1.0, True, 2]))  # expect: 1
