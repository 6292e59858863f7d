name = input()
# expect-refviz-error: refviz: unsupported: input() (refviz programs do not read the terminal) (input_call.py:1)
