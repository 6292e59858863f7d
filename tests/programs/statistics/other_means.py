# harmonic_mean (exact, as mean is) and geometric_mean (through logs, as
# CPython computes it), with their errors.
import statistics

print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]))  # expect: 48.0 3.6
print(statistics.harmonic_mean([7]), statistics.harmonic_mean([1, 0, 3]))  # expect: 7 0
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([2, 8]))  # expect: 36.000000000000014 4.0
for bad in [[], [1, -2], [0, 5]]:
    try:
        print(statistics.geometric_mean(bad))
    except statistics.StatisticsError as err:
        print(err, type(err.__context__).__name__)
# expect: geometric mean requires a non-empty dataset containing positive numbers StatisticsError
# expect: geometric mean requires a non-empty dataset containing positive numbers ValueError
# expect: geometric mean requires a non-empty dataset containing positive numbers ValueError
try:
    statistics.harmonic_mean([3, -1])
except statistics.StatisticsError as err:
    print(err)  # expect: harmonic mean does not support negative values
try:
    statistics.harmonic_mean([])
except statistics.StatisticsError as err:
    print(err)  # expect: harmonic_mean requires at least one data point
