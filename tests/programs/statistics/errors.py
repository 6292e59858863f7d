# StatisticsError (a ValueError) and the other errors, with CPython's
# messages.
import statistics

print(issubclass(statistics.StatisticsError, ValueError))  # expect: True
for f in [statistics.mean, statistics.fmean, statistics.median, statistics.mode,
          statistics.variance, statistics.pvariance, statistics.stdev, statistics.pstdev]:
    try:
        f([])
    except statistics.StatisticsError as err:
        print(err)
# expect: mean requires at least one data point
# expect: fmean requires at least one data point
# expect: no median for empty data
# expect: no mode for empty data
# expect: variance requires at least two data points
# expect: pvariance requires at least one data point
# expect: stdev requires at least two data points
# expect: pstdev requires at least one data point
try:
    statistics.stdev([3])
except ValueError as err:
    print(type(err).__name__, err)  # expect: StatisticsError stdev requires at least two data points
try:
    statistics.mode([])
except statistics.StatisticsError as err:
    problem = err
print(repr(problem.__context__), problem.__suppress_context__)  # expect: IndexError('list index out of range') True
try:
    statistics.mean(["1", "2"])
except TypeError as err:
    print(err)  # expect: can't convert type 'str' to numerator/denominator
try:
    statistics.mean(5)
except TypeError as err:
    print(err)  # expect: 'int' object is not iterable
try:
    statistics.quantiles([1])
except statistics.StatisticsError as err:
    print(err)  # expect: must have at least two data points
try:
    statistics.quantiles([1, 2], method="median")
except ValueError as err:
    print(err)  # expect: Unknown method: 'median'
try:
    statistics.mean()
except TypeError as err:
    print(err)  # expect: mean() missing 1 required positional argument: 'data'
try:
    raise statistics.StatisticsError("not enough marks")
except ValueError as err:
    print(repr(err), statistics.StatisticsError)  # expect: StatisticsError('not enough marks') <class 'statistics.StatisticsError'>
