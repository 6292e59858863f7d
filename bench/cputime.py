# bench/cputime.py CMD... - runs CMD with its standard output discarded
# (its standard error passes through) and prints the CPU time it took, user
# plus system, in seconds.  CPU time rather than wall time: on a machine
# shared with other work the ratios then stay meaningful.  With
# CPUTIME_RSS=1 it also prints the peak resident memory of CMD, in MiB.
import os
import resource
import subprocess
import sys

t0 = os.times()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
t1 = os.times()
cpu = t1.children_user - t0.children_user + t1.children_system - t0.children_system
if os.environ.get("CPUTIME_RSS") == "1":
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    print("%.3f %.0f" % (cpu, rss))
else:
    print("%.3f" % cpu)
