# A list nested 100,000 deep: built, measured and freed.
# hostile-exit: 0
# hostile-stdout: 1
# hostile-timeout: 10
# hostile-env: REFVIZ_SELFCHECK=0
a = []
for i in range(100000):
    a = [a]
print(len(a))
del a
print("freed")
