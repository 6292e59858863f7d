print("hello, refviz")  # expect: hello, refviz
x = 1
print(x + 1)  # expect: 2
