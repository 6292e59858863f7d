x = [1, 2]
print(len(x))  # expect: 2
f = open("data.txt")
# expect-refviz-error: refviz: unsupported: open() (refviz programs do not access files) (open_call.py:3)
