# A NaN or an infinity in the data is summed apart, as statistics.py does.
import statistics

print(statistics.mean([1, float("nan")]), statistics.mean([1, float("inf"), 2]))  # expect: nan inf
print(statistics.variance([1, float("inf")]))  # expect: inf
try:
    statistics.stdev([1, float("nan")])
except AttributeError as err:
    print(err)  # expect: 'float' object has no attribute 'numerator'
