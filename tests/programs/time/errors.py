# time's errors, with CPython's messages.
import time

calls = [
    lambda: time.time(1),
    lambda: time.perf_counter(x=1),
    lambda: time.sleep(),
    lambda: time.sleep(1, 2),
    lambda: time.sleep(x=1),
    lambda: time.sleep('a'),
    lambda: time.sleep(None),
    lambda: time.sleep(-1),
    lambda: time.sleep(-0.5),
    lambda: time.sleep(float('nan')),
    lambda: time.sleep(1e300),
    lambda: time.sleep(2 ** 70),
    lambda: time.sleep(10 ** 10),
]
for call in calls:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
# expect: TypeError time.time() takes no arguments (1 given)
# expect: TypeError time.perf_counter() takes no keyword arguments
# expect: TypeError time.sleep() takes exactly one argument (0 given)
# expect: TypeError time.sleep() takes exactly one argument (2 given)
# expect: TypeError time.sleep() takes no keyword arguments
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: ValueError sleep length must be non-negative
# expect: ValueError sleep length must be non-negative
# expect: ValueError Invalid value NaN (not a number)
# expect: OverflowError timestamp out of range for platform time_t
# expect: OverflowError timestamp too large to convert to C _PyTime_t
# expect: OverflowError timestamp too large to convert to C _PyTime_t
time.sleep(-0.0)
print('-0.0 is not negative')  # expect: -0.0 is not negative
time.sleep(-1e-300)
# expect-error: ValueError: sleep length must be non-negative
