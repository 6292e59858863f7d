# bench/cputime.py CMD... - runs CMD with its standard output discarded
# (its standard error passes through) and prints the CPU time it took, user
# plus system, in seconds.  CPU time rather than wall time: on a machine
# shared with other work the ratios then stay meaningful.
import os
import subprocess
import sys

t0 = os.times()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
t1 = os.times()
print("%.3f" % (t1.children_user - t0.children_user + t1.children_system - t0.children_system))
