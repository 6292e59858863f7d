# time's clocks differ from run to run: the program checks their types
# and how they relate, never binding a reading to a name (a snapshot
# would show it).
import sys
import time
from time import monotonic, perf_counter, sleep

print(type(time.time()).__name__, type(time.time_ns()).__name__)  # expect: float int
print(time.time() > 1.6e9, time.time_ns() > 1.6e18, sys.getsizeof(time.time()))  # expect: True True 24
print(monotonic() <= monotonic(), perf_counter() <= perf_counter(), time.perf_counter_ns() <= time.perf_counter_ns())  # expect: True True True
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.monotonic_ns()).__name__)  # expect: float True int
print(abs(time.time() - time.time_ns() / 1e9) < 1)  # expect: True
print(sleep(0), sleep(0.0), sleep(False))  # expect: None None None
# perf_counter before, then after a real sleep of 50 ms.
print(-perf_counter() + (sleep(0.05) or perf_counter()) >= 0.05)  # expect: True
print(-time.monotonic_ns() + (sleep(0.01) or time.monotonic_ns()) >= 10_000_000)  # expect: True
print(time.sleep, time.time)  # expect: <built-in function sleep> <built-in function time>
