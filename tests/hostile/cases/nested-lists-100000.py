# A list nested 100,000 deep: built, measured and freed.
# hostile-exit: 0
# hostile-stdout: 1
# hostile-timeout: 10
# hostile-known: under a selfcheck (sanitizer) build every step is recorded and replayed, and the replay writes a bounded repr of each of the 100,000 lists at every snapshot up to its budget: over the time limit under ASan (release build: about a second)
a = []
for i in range(100000):
    a = [a]
print(len(a))
del a
print("freed")
