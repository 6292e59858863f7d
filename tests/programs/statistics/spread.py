# Variance and standard deviation: exact sums of squares, rounded once;
# int data whose variance is whole gives an int.
import statistics

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.pvariance(data), statistics.pstdev(data))  # expect: 4 2.0
print(statistics.variance(data), statistics.stdev(data))  # expect: 4.571428571428571 2.138089935299395
print(statistics.variance([1, 2, 3]), statistics.variance([1, 2, 3], 2))  # expect: 1 1
print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))  # expect: 1.3720238095238095
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))  # expect: 1.0810874155219827
print(statistics.pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))  # expect: 1.118033988749895
print(statistics.pvariance([1, 2, 3, 4], 2.5), statistics.stdev([1, 2, 3, 4], 2.5))  # expect: 1.25 1.2909944487358056
print(statistics.pstdev([5]), statistics.variance([0.1, 0.2, 0.3]))  # expect: 0.0 0.009999999999999998
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))  # expect: [2.75, 5.5, 8.25]
print(statistics.quantiles(range(1, 11), n=10))  # expect: [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9]
print(statistics.quantiles([1, 2, 3], method="inclusive"), statistics.quantiles([10, 20], n=2))  # expect: [1.5, 2.0, 2.5] [15.0]
